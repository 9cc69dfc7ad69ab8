using Lab.ConfigService.Http;

namespace Lab.ConfigService.Tests.Units;

public sealed class ConditionalRequestTests
{
    [Theory]
    [InlineData("\"ab12.7\"", "ab12", 7L)]
    [InlineData("W/\"ab12.7\"", "ab12", 7L)]
    [InlineData(" \"a.b.9\" ", "a.b", 9L)]
    public void Tags_parse(string text, string instance, long version)
    {
        Assert.True(ConfigEntityTag.TryParse(text, out var tag));
        Assert.Equal(new ConfigEntityTag(instance, version), tag);
        Assert.True(ConfigEntityTag.TryParse(tag.ToString(), out var roundTrip));
        Assert.Equal(tag, roundTrip);
    }

    [Theory]
    [InlineData("ab12.7")]
    [InlineData("\"ab12\"")]
    [InlineData("\".7\"")]
    [InlineData("\"ab12.-7\"")]
    [InlineData("\"ab12.x\"")]
    [InlineData("\"")]
    public void Malformed_tags_do_not_parse(string text) => Assert.False(ConfigEntityTag.TryParse(text, out _));

    [Fact]
    public void Only_tags_of_this_instance_count_and_the_highest_wins()
    {
        var request = ConditionalRequest.Parse(["\"other.9\", \"mine.3\"", "\"mine.5\", junk"], "mine");

        Assert.True(request.Present);
        Assert.False(request.MatchesAny);
        Assert.Equal(5, request.KnownVersion);
        Assert.True(request.Matches(5));
        Assert.False(request.Matches(9));
    }

    [Fact]
    public void Star_matches_any_version_and_absence_matches_none()
    {
        Assert.True(ConditionalRequest.Parse(["*"], "mine").Matches(42));
        var absent = ConditionalRequest.Parse([], "mine");
        Assert.False(absent.Present);
        Assert.False(absent.Matches(1));
    }
}
