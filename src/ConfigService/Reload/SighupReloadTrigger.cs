using System.Runtime.InteropServices;

namespace Lab.ConfigService.Reload;

/// <summary>
/// Turns SIGHUP into a reload request instead of the default action (terminate). Registered while the
/// host starts, before the process announces that it listens, so a SIGHUP sent after that announcement
/// never kills the process.
/// </summary>
internal sealed class SighupReloadTrigger(ReloadRequests requests) : IHostedService, IDisposable
{
    private PosixSignalRegistration? registration;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        registration = PosixSignalRegistration.Create(PosixSignal.SIGHUP, context =>
        {
            context.Cancel = true;
            requests.Request(ReloadReason.Signal);
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => registration?.Dispose();
}
