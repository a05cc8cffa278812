using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CentcomTracker.Web.Data.Migrations.Sqlite
{
    /// <summary>Takes editors' addresses out of the public reasons approvals recorded (<see cref="PublicReasons"/>). Data only.</summary>
    [DbContext(typeof(SqliteTrackerDbContext))]
    [Migration("20261207070000_PublicReasonsNameNoEditor")]
    public partial class PublicReasonsNameNoEditor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => PublicReasons.RemoveEditorNames(migrationBuilder, "instr");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The addresses are gone on purpose; there is nothing to restore.
        }
    }
}
