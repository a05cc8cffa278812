using Microsoft.EntityFrameworkCore.Migrations;

namespace CentcomTracker.Web.Data.Migrations;

/// <summary>
/// Approvals used to record "Approved change by {the author's address}: {reason}" as the change's public reason (the
/// list of changes, a figure's history, the feed). The PublicReasonsNameNoEditor migration takes the address out of
/// the reasons already recorded; only the name of the function that finds ": " differs between the databases.
/// </summary>
internal static class PublicReasons
{
    public static void RemoveEditorNames(MigrationBuilder migrationBuilder, string positionFunction)
    {
        foreach (var table in new[] { "Revisions", "AuditEntries" })
        {
            migrationBuilder.Sql($"""
                UPDATE "{table}"
                SET "Reason" = CASE WHEN {positionFunction}("Reason", ': ') > 0
                    THEN 'Approved change' || substr("Reason", {positionFunction}("Reason", ': '))
                    ELSE 'Approved change' END
                WHERE "Reason" LIKE 'Approved change by %';
                """);
        }
    }
}
