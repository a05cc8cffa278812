using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CentcomTracker.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FigurePeak : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsPeak",
                table: "Figures",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // Databases seeded before the flag existed: the seed's one peak ("the peak of over 70,000 in 2019").
            migrationBuilder.Sql(
                "UPDATE \"Figures\" SET \"IsPeak\" = TRUE WHERE \"MetricCode\" = 'camp-population' AND \"TheatreCode\" = 'SY' " +
                "AND \"Value\" = 70000 AND \"PeriodStart\" = '2019-01-01' AND \"PeriodEnd\" = '2019-12-31' AND \"Quote\" LIKE '%peak%';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IsPeak",
                table: "Figures");
        }
    }
}
