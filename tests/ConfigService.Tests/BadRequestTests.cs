using System.Net;
using System.Text.Json;
using Lab.ConfigService.Tests.Support;

namespace Lab.ConfigService.Tests;

/// <summary>One origin process answering malformed and conditional requests.</summary>
public sealed class BadRequestTests(OriginFixture origin) : IClassFixture<OriginFixture>
{
    [Theory]
    [InlineData("/nope")]
    [InlineData("/config/extra")]
    [InlineData("/")]
    public async Task Unknown_routes_are_404_problems(string path)
    {
        using var response = await origin.Service.Http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("?waitForChange=abc", "got 'abc'")]
    [InlineData("?waitForChange=-1", "got '-1'")]
    [InlineData("?waitForChange=61", "from 0 to 60")]
    [InlineData("?waitForChange=1.5", "whole number")]
    [InlineData("?waitForChange=", "got ''")]
    [InlineData("?waitForChange=1&waitForChange=2", "given 2 times")]
    [InlineData("?wait=5", "Unknown query parameter 'wait'")]
    public async Task Bad_query_values_are_400_problems_that_name_the_mistake(string query, string expected)
    {
        using var response = await origin.Service.Http.GetAsync(new Uri("/config" + query, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains(expected, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("POST", "/config")]
    [InlineData("DELETE", "/health")]
    [InlineData("POST", "/metrics")]
    [InlineData("PUT", "/metrics")]
    [InlineData("DELETE", "/metrics")]
    public async Task Other_methods_are_405_problems_that_allow_only_get(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        using var response = await origin.Service.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET"], response.Content.Headers.Allow);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_100_KB_request_target_is_a_414_problem()
    {
        var response = await RawHttp.GetAsync(origin.Service.BaseAddress, "/config?pad=" + new string('x', 100_000));

        AssertProblem(response, 414, "request line");
    }

    [Fact]
    public async Task A_100_KB_header_is_a_431_problem()
    {
        var response = await RawHttp.GetAsync(origin.Service.BaseAddress, "/config", [("X-Pad", new string('x', 100_000))]);

        AssertProblem(response, 431, "headers");
    }

    [Fact]
    public async Task Too_many_headers_are_a_431_problem()
    {
        var headers = Enumerable.Range(0, 150).Select(i => ($"X-Pad-{i}", "x"));

        var response = await RawHttp.GetAsync(origin.Service.BaseAddress, "/config", headers);

        AssertProblem(response, 431, "header fields");
    }

    [Fact]
    public async Task Requests_within_the_limits_are_served()
    {
        var response = await RawHttp.GetAsync(origin.Service.BaseAddress, "/health", [("X-Pad", new string('x', 4_000))]);

        Assert.Equal(200, response.Status);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task If_none_match_with_the_current_tag_is_304_also_after_an_unanswered_wait(bool wait)
    {
        var current = await origin.Service.Http.GetConfigAsync();

        var answer = await origin.Service.Http.GetConfigAsync(current.ETag, wait ? "?waitForChange=1" : null);

        Assert.Equal(HttpStatusCode.NotModified, answer.Status);
        Assert.Equal(current.ETag, answer.ETag);
    }

    [Theory]
    [InlineData("*", HttpStatusCode.NotModified)]
    [InlineData("\"someone-else.1\"", HttpStatusCode.OK)]
    [InlineData("W/\"garbage", HttpStatusCode.OK)]
    public async Task If_none_match_compares_whole_tags(string ifNoneMatch, HttpStatusCode expected)
    {
        // With a long wait: a foreign tag is answered at once, "*" only after the wait... so no wait for "*".
        var query = expected == HttpStatusCode.OK ? "?waitForChange=60" : null;

        var answer = await origin.Service.Http.GetConfigAsync(ifNoneMatch, query);

        Assert.Equal(expected, answer.Status);
    }

    private static void AssertProblem(RawResponse response, int status, string detail)
    {
        Assert.Equal(status, response.Status);
        Assert.Equal("application/problem+json", response.MediaType);
        using var problem = JsonDocument.Parse(response.Body);
        Assert.Equal(status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains(detail, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_reports_the_serving_version()
    {
        using var response = await origin.Service.Http.GetAsync(new Uri("/health", UriKind.Relative));
        using var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("serving", health.RootElement.GetProperty("status").GetString());
        Assert.Equal(1, health.RootElement.GetProperty("version").GetInt64());
    }
}
