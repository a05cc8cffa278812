using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CentcomTracker.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NumberedDataVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "RevisionId",
                table: "AuditEntries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Revisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FiguresAdded = table.Column<int>(type: "INTEGER", nullable: false),
                    FiguresChanged = table.Column<int>(type: "INTEGER", nullable: false),
                    FiguresDeleted = table.Column<int>(type: "INTEGER", nullable: false),
                    SourcesAdded = table.Column<int>(type: "INTEGER", nullable: false),
                    SourcesChanged = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Revisions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_RevisionId",
                table: "AuditEntries",
                column: "RevisionId");

            migrationBuilder.CreateIndex(
                name: "IX_Revisions_At",
                table: "Revisions",
                column: "At");

            migrationBuilder.AddForeignKey(
                name: "FK_AuditEntries_Revisions_RevisionId",
                table: "AuditEntries",
                column: "RevisionId",
                principalTable: "Revisions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AuditEntries_Revisions_RevisionId",
                table: "AuditEntries");

            migrationBuilder.DropTable(
                name: "Revisions");

            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_RevisionId",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "RevisionId",
                table: "AuditEntries");
        }
    }
}
