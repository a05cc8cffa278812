using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CentcomTracker.Web.Data.Migrations.Postgres
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
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Revisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    FiguresAdded = table.Column<int>(type: "integer", nullable: false),
                    FiguresChanged = table.Column<int>(type: "integer", nullable: false),
                    FiguresDeleted = table.Column<int>(type: "integer", nullable: false),
                    SourcesAdded = table.Column<int>(type: "integer", nullable: false),
                    SourcesChanged = table.Column<int>(type: "integer", nullable: false)
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
