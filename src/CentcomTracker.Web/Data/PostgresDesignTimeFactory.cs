using Microsoft.EntityFrameworkCore.Design;

namespace CentcomTracker.Web.Data;

/// <summary>Design-time factory for the PostgreSQL migrations; no server is contacted to add a migration.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresTrackerDbContext>
{
    public PostgresTrackerDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresTrackerDbContext>().UseNpgsql("Host=localhost;Database=design_time").Options);
}
