using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CentcomTracker.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SourceSeriesAndArabicPublisher : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PublisherAr",
                table: "Sources",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Series",
                table: "Sources",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            // Databases seeded before this migration get the same names and series as a new one.
            SeedSourceNaming.Apply(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PublisherAr",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "Series",
                table: "Sources");
        }
    }
}
