using System.Data.Common;
using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace CentcomTracker.Web.Data;

/// <summary>
/// One prepared <c>INSERT … RETURNING</c> for an entity type, built from the EF model (table, columns, value
/// converters), run once per row inside the context's transaction: many rows without the change tracker's cost.
/// A refused row (a unique key) throws <see cref="DbUpdateException"/>, as a save would.
/// </summary>
/// <remarks>
/// On SQLite the statement is stepped through the provider's own native binding (SQLitePCL), its values bound by
/// position as Microsoft.Data.Sqlite would write them: a command looks each parameter up by name and opens a data
/// reader on every execution, which cost more than SQLite's own work for a 100,000-row import. Elsewhere it is a
/// prepared <see cref="DbCommand"/>.
/// </remarks>
internal sealed class PreparedInsert<T> : IAsyncDisposable where T : class
{
    private readonly (PropertyInfo Clr, Func<object?, object?> ToProvider)[] columns;
    private readonly object?[] values;
    private readonly PropertyInfo key;
    private readonly IStatement statement;

    public PreparedInsert(DbContext db)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A prepared insert runs inside the caller's transaction.");
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var keyProperty = entity.FindPrimaryKey()!.Properties.Single();
        var sql = db.GetService<ISqlGenerationHelper>();

        var properties = entity.GetProperties().Where(p => p != keyProperty).ToList();
        columns = properties.Select(p =>
        {
            var clr = p.PropertyInfo ?? throw new InvalidOperationException($"{typeof(T).Name}.{p.Name} is a shadow property.");
            var converter = p.GetRelationalTypeMapping().Converter;
            return (clr, converter is null ? (Func<object?, object?>)(v => v) : converter.ConvertToProvider);
        }).ToArray();
        values = new object?[columns.Length];
        key = keyProperty.PropertyInfo!;

        // Named as in the SQL ("@p0"), for a command; SQLite's own binding goes by position.
        var names = properties.Select((_, i) => sql.GenerateParameterNamePlaceholder($"p{i}")).ToArray();
        var text =
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} " +
            $"({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) " +
            $"VALUES ({string.Join(", ", names)}) " +
            $"RETURNING {sql.DelimitIdentifier(keyProperty.GetColumnName(table)!)}";
        statement = transaction.Connection is SqliteConnection sqlite
            ? new SqliteStatement(sqlite, text)
            : new CommandStatement(transaction, text, properties.Select((p, i) => (p.GetRelationalTypeMapping(), names[i], p.IsNullable)));
    }

    /// <summary>Inserts the row and sets its generated key.</summary>
    public async ValueTask InsertAsync(T row, CancellationToken cancellationToken)
    {
        for (var i = 0; i < columns.Length; i++)
        {
            var (clr, toProvider) = columns[i];
            values[i] = clr.GetValue(row) is { } value ? toProvider(value) : null;
        }

        try
        {
            var id = await statement.InsertAsync(values, cancellationToken);
            key.SetValue(row, Convert.ChangeType(id, key.PropertyType, CultureInfo.InvariantCulture));
        }
        catch (DbException e)
        {
            throw new DbUpdateException($"Inserting a {typeof(T).Name} failed: {e.Message}", e);
        }
    }

    public ValueTask DisposeAsync() => statement.DisposeAsync();

    private interface IStatement : IAsyncDisposable
    {
        /// <summary>Runs the insert with these provider values, in column order, and returns the generated key.</summary>
        ValueTask<long> InsertAsync(object?[] values, CancellationToken cancellationToken);
    }

    private sealed class CommandStatement : IStatement
    {
        private readonly DbCommand command;
        private bool prepared;

        public CommandStatement(DbTransaction transaction, string text, IEnumerable<(RelationalTypeMapping Mapping, string Name, bool Nullable)> parameters)
        {
            command = transaction.Connection!.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = text;
            foreach (var (mapping, name, nullable) in parameters)
            {
                command.Parameters.Add(mapping.CreateParameter(command, name, null, nullable));
            }
        }

        public async ValueTask<long> InsertAsync(object?[] values, CancellationToken cancellationToken)
        {
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i] ?? DBNull.Value;
            }

            if (!prepared)
            {
                await command.PrepareAsync(cancellationToken);
                prepared = true;
            }

            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        public ValueTask DisposeAsync() => command.DisposeAsync();
    }

    /// <summary>The statement on SQLite's own handle; the connection's transaction covers it like any command.</summary>
    private sealed class SqliteStatement : IStatement
    {
        private readonly sqlite3 database;
        private readonly sqlite3_stmt stmt;
        private byte[] utf8 = new byte[1024];

        public SqliteStatement(SqliteConnection connection, string text)
        {
            database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
            var prepared = raw.sqlite3_prepare_v2(database, text, out stmt);
            if (prepared != raw.SQLITE_OK)
            {
                stmt.Dispose();
                try
                {
                    SqliteException.ThrowExceptionForRC(prepared, database);
                }
                catch (SqliteException e)
                {
                    throw new DbUpdateException($"Preparing the insert of a {typeof(T).Name} failed: {e.Message}", e);
                }
            }
        }

        public ValueTask<long> InsertAsync(object?[] values, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                for (var i = 0; i < values.Length; i++)
                {
                    Check(Bind(i + 1, values[i]));
                }

                var step = raw.sqlite3_step(stmt);
                if (step != raw.SQLITE_ROW)
                {
                    Check(step);
                    throw new InvalidOperationException("The insert returned no key.");
                }

                var id = raw.sqlite3_column_int64(stmt, 0);
                step = raw.sqlite3_step(stmt);
                if (step != raw.SQLITE_DONE) Check(step);
                return ValueTask.FromResult(id);
            }
            finally
            {
                raw.sqlite3_reset(stmt);
            }
        }

        /// <summary>
        /// A provider value bound as Microsoft.Data.Sqlite binds it for EF's SQLite type mappings: its text formats, and
        /// text encoded to UTF-8 by .NET (a lone surrogate becomes U+FFFD, where SQLite's own UTF-16 reading would not).
        /// </summary>
        private int Bind(int index, object? value) => value switch
        {
            null or DBNull => raw.sqlite3_bind_null(stmt, index),
            string text => BindText(index, text),
            bool flag => raw.sqlite3_bind_int64(stmt, index, flag ? 1 : 0),
            int number => raw.sqlite3_bind_int64(stmt, index, number),
            long number => raw.sqlite3_bind_int64(stmt, index, number),
            double number => raw.sqlite3_bind_double(stmt, index, number),
            DateOnly date => BindText(index, date.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture)),
            DateTime time => BindText(index, time.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture)),
            Guid guid => BindText(index, guid.ToString().ToUpperInvariant()),
            _ => throw new NotSupportedException($"A {value.GetType().Name} column is not bound by the SQLite insert; add it beside the others."),
        };

        /// <summary>Encoded into one reused buffer, which SQLite copies (SQLITE_TRANSIENT): no array per value.</summary>
        private int BindText(int index, string text)
        {
            if (text.Length == 0) return raw.sqlite3_bind_text(stmt, index, text);  // an empty span would bind NULL
            var most = Encoding.UTF8.GetMaxByteCount(text.Length);
            if (utf8.Length < most) utf8 = new byte[Math.Max(most, utf8.Length * 2)];
            return raw.sqlite3_bind_text(stmt, index, utf8.AsSpan(0, Encoding.UTF8.GetBytes(text, utf8)));
        }

        private void Check(int result)
        {
            if (result is not (raw.SQLITE_OK or raw.SQLITE_ROW or raw.SQLITE_DONE)) SqliteException.ThrowExceptionForRC(result, database);
        }

        public ValueTask DisposeAsync()
        {
            stmt.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
