using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CentcomTracker.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DataVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "UserName",
                table: "AuditEntries",
                type: "character varying(256)",
                maxLength: 256,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.CreateTable(
                name: "DataVersion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataVersion", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "DataVersion",
                columns: new[] { "Id", "Version" },
                values: new object[] { 1, 0L });

            // The database counts its own changes, whoever makes them (see Data.DataVersion).
            migrationBuilder.Sql(
                "CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$ " +
                "BEGIN UPDATE \"DataVersion\" SET \"Version\" = \"Version\" + 1 WHERE \"Id\" = 1; RETURN NULL; END $$;");
            foreach (var table in new[] { "Figures", "Sources", "Metrics", "Theatres", "TheatreMembers" })
            {
                migrationBuilder.Sql(
                    $"CREATE TRIGGER \"{table}_version\" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON \"{table}\" " +
                    "FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in new[] { "Figures", "Sources", "Metrics", "Theatres", "TheatreMembers" })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{table}_version\" ON \"{table}\";");
            }

            migrationBuilder.Sql("DROP FUNCTION IF EXISTS bump_data_version();");

            migrationBuilder.DropTable(
                name: "DataVersion");

            migrationBuilder.AlterColumn<string>(
                name: "UserName",
                table: "AuditEntries",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(256)",
                oldMaxLength: 256);
        }
    }
}
