using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CentcomTracker.Web.Data.Migrations.Postgres
{
    /// <summary>Takes editors' addresses out of the public reasons approvals recorded (<see cref="PublicReasons"/>). Data only.</summary>
    [DbContext(typeof(PostgresTrackerDbContext))]
    [Migration("20261207070010_PublicReasonsNameNoEditor")]
    public partial class PublicReasonsNameNoEditor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => PublicReasons.RemoveEditorNames(migrationBuilder, "strpos");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The addresses are gone on purpose; there is nothing to restore.
        }
    }
}
