namespace Lab.ConfigService.Tests.Support;

/// <summary>Scrapes <c>/metrics</c> and parses it strictly.</summary>
internal static class Scraping
{
    public static async Task<PrometheusText> ScrapeAsync(this ServiceProcess service)
    {
        using var response = await service.Http.GetAsync(new Uri("/metrics", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        return PrometheusText.Parse(await response.Content.ReadAsStringAsync());
    }
}
