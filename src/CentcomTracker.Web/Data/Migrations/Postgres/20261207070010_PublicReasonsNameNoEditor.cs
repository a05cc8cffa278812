using CentcomTracker.Web.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CentcomTracker.Web.Data.Migrations.Postgres
{
    /// <summary>
    /// Approvals used to record "Approved change by {the author's address}: {reason}" as the change's public reason;
    /// the address comes out of the reasons already recorded. Data only: the model does not change.
    /// </summary>
    [DbContext(typeof(PostgresTrackerDbContext))]
    [Migration("20261207070010_PublicReasonsNameNoEditor")]
    public partial class PublicReasonsNameNoEditor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var table in new[] { "Revisions", "AuditEntries" })
            {
                migrationBuilder.Sql($"""
                    UPDATE "{table}"
                    SET "Reason" = CASE WHEN strpos("Reason", ': ') > 0
                        THEN 'Approved change' || substr("Reason", strpos("Reason", ': '))
                        ELSE 'Approved change' END
                    WHERE "Reason" LIKE 'Approved change by %';
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The addresses are gone on purpose; there is nothing to restore.
        }
    }
}
