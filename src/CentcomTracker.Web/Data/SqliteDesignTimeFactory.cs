using Microsoft.EntityFrameworkCore.Design;

namespace CentcomTracker.Web.Data;

/// <summary>Lets <c>dotnet ef migrations add X --context SqliteTrackerDbContext</c> run without the app or a database.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteTrackerDbContext>
{
    public SqliteTrackerDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteTrackerDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
