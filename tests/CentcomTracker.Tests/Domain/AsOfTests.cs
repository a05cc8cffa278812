using CentcomTracker.Web.Domain;

namespace CentcomTracker.Tests.Domain;

public sealed class AsOfTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    [Theory]
    [InlineData("2024-07-16", "2024-07-16")]
    [InlineData(" v12 ", "v12")]
    [InlineData("V0", "v0")]
    [InlineData("٢٠٢٤-٠٧-١٦", "2024-07-16")]
    [InlineData("2026-12-06", "2026-12-06")]
    public void Days_and_versions_are_read_and_keep_their_label(string text, string label)
    {
        Assert.True(AsOf.TryParse(text, Today, out var asOf, out var error), error?.ToString());
        Assert.Equal(label, asOf.Label);
    }

    [Theory]
    [InlineData("2026-12-07")]
    [InlineData("2024-7-16")]
    [InlineData("16/07/2024")]
    [InlineData("v")]
    [InlineData("v-1")]
    [InlineData("v1.5")]
    [InlineData("")]
    public void Anything_else_is_refused_with_a_reason(string text)
    {
        Assert.False(AsOf.TryParse(text, Today, out _, out var error));
        Assert.NotNull(error);
    }

    [Fact]
    public void A_long_moment_is_echoed_shortened_without_splitting_a_character()
    {
        // 39 letters then an emoji (two UTF-16 units): a cut at 40 would keep half of it, shown as U+FFFD.
        var text = new string('A', 39) + "😀B";
        Assert.False(AsOf.TryParse(text, Today, out _, out var error));
        var said = error!.ToString();
        Assert.Contains(new string('A', 39) + "…", said);
        Assert.DoesNotContain(said, char.IsSurrogate);
        Assert.Equal(new string('A', 39) + "😀…", Characters.Shorten(new string('A', 39) + "😀BC", 41));
        Assert.Equal("ab…", Characters.Shorten("abc", 2));
        Assert.Equal("abc", Characters.Shorten("abc", 3));
    }

    [Fact]
    public void A_day_ends_at_the_next_midnight_utc()
    {
        Assert.Equal(new DateTime(2024, 7, 17, 0, 0, 0, DateTimeKind.Utc), AsOf.Day(new DateOnly(2024, 7, 16)).EndUtc);
        Assert.Null(AsOf.AfterVersion(3).EndUtc);
    }

    [Fact]
    public void Rewinding_undoes_later_edits_creations_and_deletions()
    {
        // Now: 1 (edited twice since), 2 (unchanged), 3 (created since), 5 (seeded after the moment, never audited).
        // 4 was deleted since.
        var current = new Dictionary<int, (string Row, bool ExistedThen)>
        {
            [1] = ("one v3", true), [2] = ("two", true), [3] = ("three", false), [5] = ("five", false),
        };
        (int, string?)[] later = [(1, "one v1"), (3, null), (1, "one v2"), (4, "four")];

        var then = Rewind.StateAt(current, later);

        Assert.Equal(new Dictionary<int, string> { [1] = "one v1", [2] = "two", [4] = "four" }, then);
    }

    [Fact]
    public void With_no_later_changes_the_past_is_today_less_what_did_not_exist()
    {
        var current = new Dictionary<int, (string Row, bool ExistedThen)> { [1] = ("one", true), [2] = ("two", false) };
        Assert.Equal(new Dictionary<int, string> { [1] = "one" }, Rewind.StateAt(current, []));
    }
}
