using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CentcomTracker.Web.Data;

/// <summary>
/// One prepared <c>INSERT … RETURNING</c> for an entity type, built from the EF model (table, columns, value
/// converters), run once per row inside the context's transaction: many rows without the change tracker's cost.
/// A refused row (a unique key) throws <see cref="DbUpdateException"/>, as a save would.
/// </summary>
internal sealed class PreparedInsert<T> : IAsyncDisposable where T : class
{
    private readonly DbCommand command;
    private readonly (PropertyInfo Clr, Func<object?, object?> ToProvider, DbParameter Parameter)[] columns;
    private readonly PropertyInfo key;
    private bool prepared;

    public PreparedInsert(DbContext db)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A prepared insert runs inside the caller's transaction.");
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var keyProperty = entity.FindPrimaryKey()!.Properties.Single();
        var sql = db.GetService<ISqlGenerationHelper>();

        command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        var properties = entity.GetProperties().Where(p => p != keyProperty).ToList();
        columns = properties.Select((p, i) =>
        {
            var mapping = p.GetRelationalTypeMapping();
            // Named as in the SQL ("@p0"): SQLite finds each at the first look instead of after trying its prefixes.
            var parameter = mapping.CreateParameter(command, sql.GenerateParameterNamePlaceholder($"p{i}"), null, p.IsNullable);
            command.Parameters.Add(parameter);
            var converter = mapping.Converter;
            var clr = p.PropertyInfo ?? throw new InvalidOperationException($"{typeof(T).Name}.{p.Name} is a shadow property.");
            return (clr, converter is null ? (Func<object?, object?>)(v => v) : converter.ConvertToProvider, parameter);
        }).ToArray();
        key = keyProperty.PropertyInfo!;

        command.CommandText =
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} " +
            $"({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) " +
            $"VALUES ({string.Join(", ", columns.Select(c => c.Parameter.ParameterName))}) " +
            $"RETURNING {sql.DelimitIdentifier(keyProperty.GetColumnName(table)!)}";
    }

    /// <summary>Inserts the row and sets its generated key.</summary>
    public async Task InsertAsync(T row, CancellationToken cancellationToken)
    {
        foreach (var (clr, toProvider, parameter) in columns)
        {
            parameter.Value = clr.GetValue(row) is { } value ? toProvider(value) ?? DBNull.Value : DBNull.Value;
        }

        try
        {
            if (!prepared)
            {
                await command.PrepareAsync(cancellationToken);
                prepared = true;
            }

            var id = await command.ExecuteScalarAsync(cancellationToken);
            key.SetValue(row, Convert.ChangeType(id, key.PropertyType, System.Globalization.CultureInfo.InvariantCulture));
        }
        catch (DbException e)
        {
            throw new DbUpdateException($"Inserting a {typeof(T).Name} failed: {e.Message}", e);
        }
    }

    public ValueTask DisposeAsync() => command.DisposeAsync();
}
