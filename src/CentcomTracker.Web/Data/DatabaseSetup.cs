using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CentcomTracker.Web.Data;

/// <summary>
/// Configuration keys operators and scripts rely on:
/// <c>ConnectionStrings:Tracker</c> (default: a SQLite file in App_Data), <c>Database:Provider</c> (Sqlite | Postgres),
/// <c>Database:MigrateOnStartup</c> (default true), <c>Database:Seed</c> (default true).
/// </summary>
public static class DatabaseSetup
{
    public const string DefaultSqlite = "Data Source=App_Data/tracker.db";

    public static bool IsPostgres(IConfiguration configuration) =>
        string.Equals(configuration["Database:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase);

    public static IServiceCollection AddTrackerDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var connectionString = configuration.GetConnectionString("Tracker");
        // The write path: every save stamps, version-checks and audits what it writes (AuditTrail), for the actor
        // and reason of the request or command (AuditContext).
        services.AddHttpContextAccessor();
        services.AddScoped<AuditContext>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<ReviewQueue>();  // a second editor approves what one proposes (Review:Required)
        services.AddSingleton<DataVersionWatch>();  // the data version anonymous reads trust for a second
        services.AddSingleton<DataVersionSaves>();

        // A list of ids goes to the database as one array parameter (json_each / = ANY), never one parameter per
        // element: EF's default of one each fails past SQLite's 32,766 variables and bloats every plan cache.
        if (IsPostgres(configuration))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Tracker is empty.");
            }

            services.AddDbContext<TrackerDbContext, PostgresTrackerDbContext>((provider, options) => options.UseNpgsql(connectionString,
                    npgsql => npgsql.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
                .AddInterceptors(provider.GetRequiredService<AuditTrail>(), provider.GetRequiredService<DataVersionSaves>()));
        }
        else
        {
            var sqlite = SqliteConnectionString(connectionString, environment.ContentRootPath);
            services.AddDbContext<TrackerDbContext, SqliteTrackerDbContext>((provider, options) =>
                options.UseSqlite(sqlite, sqliteOptions => sqliteOptions.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
                    .AddInterceptors(new SqlitePragmas(), provider.GetRequiredService<AuditTrail>(), provider.GetRequiredService<DataVersionSaves>()));
        }

        services.AddScoped<Seeder>();

        // The key ring that protects sign-in cookies and antiforgery tokens lives in the database, not in a folder of
        // one machine: every instance on a shared database can read what another issued. One application name, so
        // instances installed in different folders still share it.
        services.AddDataProtection()
            .SetApplicationName("CentcomTracker")
            .PersistKeysToDbContext<TrackerDbContext>();
        services.AddSingleton<VocabularyCache>();
        return services;
    }

    /// <summary>A relative SQLite file is relative to the app's content root, not to wherever the process started.</summary>
    public static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? DefaultSqlite : configured);
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        return builder.ToString();
    }

    /// <summary>
    /// Creates the database (the SQLite file, or the PostgreSQL database when the server has none of that name),
    /// applies migrations and decides the seed, as configured. <paramref name="seed"/> overrides <c>Database:Seed</c>.
    /// A database that cannot be reached or created ends in a <see cref="DatabaseSetupException"/> saying what to do.
    /// </summary>
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, bool? seed = null, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var configuration = scope.ServiceProvider.GetRequiredService<IConfiguration>();
        var db = scope.ServiceProvider.GetRequiredService<TrackerDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseSetup));
        var migrate = configuration.GetValue("Database:MigrateOnStartup", true);
        seed ??= configuration.GetValue("Database:Seed", true);

        if (db.Database.GetDbConnection() is SqliteConnection sqlite &&
            Path.GetDirectoryName(new SqliteConnectionStringBuilder(sqlite.ConnectionString).DataSource) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        // Several instances starting together on one PostgreSQL database must not migrate or seed at once:
        // they take turns under a session-level advisory lock. SQLite has one instance by nature.
        var postgres = db.Database.GetDbConnection() is NpgsqlConnection;
        if (postgres)
        {
            await PostgresDatabase.EnsureExistsAsync(db, logger, cancellationToken);
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_lock(727274)", cancellationToken);
        }

        try
        {
            if (migrate)
            {
                await db.Database.MigrateAsync(cancellationToken);
                logger.LogInformation("Database ready at migration {Migration}", (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).LastOrDefault());
            }

            await scope.ServiceProvider.GetRequiredService<Seeder>().SeedAsync(seed.Value, cancellationToken);
        }
        finally
        {
            if (postgres)
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_unlock(727274)", CancellationToken.None);
                await db.Database.CloseConnectionAsync();
            }
        }
    }
}
