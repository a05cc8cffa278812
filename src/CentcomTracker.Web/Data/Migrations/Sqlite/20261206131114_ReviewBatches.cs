using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CentcomTracker.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReviewBatches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReviewBatches",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AuthorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReviewerName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReviewerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RejectReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RevisionId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProposedChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BatchId = table.Column<long>(type: "INTEGER", nullable: false),
                    Seq = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TargetId = table.Column<int>(type: "INTEGER", nullable: true),
                    ExpectedVersion = table.Column<Guid>(type: "TEXT", nullable: true),
                    SourceRef = table.Column<int>(type: "INTEGER", nullable: true),
                    Before = table.Column<string>(type: "TEXT", nullable: true),
                    After = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposedChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProposedChanges_ReviewBatches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "ReviewBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProposedChanges_BatchId",
                table: "ProposedChanges",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_ProposedChanges_TargetId",
                table: "ProposedChanges",
                column: "TargetId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewBatches_State_CreatedAt",
                table: "ReviewBatches",
                columns: new[] { "State", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProposedChanges");

            migrationBuilder.DropTable(
                name: "ReviewBatches");
        }
    }
}
