using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CentcomTracker.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Annotations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AnnotationsAdded",
                table: "Revisions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "AnnotationsChanged",
                table: "Revisions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "AnnotationsDeleted",
                table: "Revisions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Annotations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Text = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    TextAr = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    TheatreCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    SourceId = table.Column<int>(type: "integer", nullable: false),
                    Quote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Annotations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Annotations_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Annotations_Theatres_TheatreCode",
                        column: x => x.TheatreCode,
                        principalTable: "Theatres",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Annotations_Date",
                table: "Annotations",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_Annotations_SourceId",
                table: "Annotations",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Annotations_TheatreCode",
                table: "Annotations",
                column: "TheatreCode");

            // Annotations are drawn on the charts: a change to one raises the data version, like a figure's (see Data.DataVersion).
            migrationBuilder.Sql(
                "CREATE TRIGGER \"Annotations_version\" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON \"Annotations\" " +
                "FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"Annotations_version\" ON \"Annotations\";");

            migrationBuilder.DropTable(
                name: "Annotations");

            migrationBuilder.DropColumn(
                name: "AnnotationsAdded",
                table: "Revisions");

            migrationBuilder.DropColumn(
                name: "AnnotationsChanged",
                table: "Revisions");

            migrationBuilder.DropColumn(
                name: "AnnotationsDeleted",
                table: "Revisions");
        }
    }
}
