using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CentcomTracker.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReviewBatchFingerprint : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Fingerprint",
                table: "ReviewBatches",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewBatches_Fingerprint",
                table: "ReviewBatches",
                column: "Fingerprint",
                unique: true,
                filter: "\"State\" = 'Pending'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReviewBatches_Fingerprint",
                table: "ReviewBatches");

            migrationBuilder.DropColumn(
                name: "Fingerprint",
                table: "ReviewBatches");
        }
    }
}
