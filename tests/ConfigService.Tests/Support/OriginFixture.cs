namespace Lab.ConfigService.Tests.Support;

/// <summary>One origin process shared by read-only tests; killed when they are done.</summary>
public sealed class OriginFixture : IAsyncLifetime
{
    private readonly ConfigFiles files = new();

    internal ServiceProcess Service { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Service = await ServiceProcess.StartAsync("--config", files.WriteValid("config.json", maxRetries: 1));

    public async Task DisposeAsync()
    {
        await Service.DisposeAsync();
        files.Dispose();
    }
}
