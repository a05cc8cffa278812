using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CentcomTracker.Web.Data.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "AnnotationsChanged",
                table: "Revisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "AnnotationsDeleted",
                table: "Revisions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Annotations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TextAr = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TheatreCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Quote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
            foreach (var change in new[] { "INSERT", "UPDATE", "DELETE" })
            {
                migrationBuilder.Sql(
                    $"CREATE TRIGGER \"Annotations_{change.ToLowerInvariant()}_version\" AFTER {change} ON \"Annotations\" " +
                    "BEGIN UPDATE \"DataVersion\" SET \"Version\" = \"Version\" + 1 WHERE \"Id\" = 1; END;");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var change in new[] { "insert", "update", "delete" })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"Annotations_{change}_version\";");
            }

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
