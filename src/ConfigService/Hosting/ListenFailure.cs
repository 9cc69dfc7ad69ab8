using Microsoft.AspNetCore.Connections;

namespace Lab.ConfigService.Hosting;

/// <summary>Turns Kestrel's failure to bind a listen address into the one line the service exits with.</summary>
internal static class ListenFailure
{
    /// <summary>True when <paramref name="exception"/> or one of its causes says an address is in use.</summary>
    public static bool IsAddressInUse(Exception exception)
    {
        for (var cause = exception; cause is not null; cause = cause.InnerException)
        {
            if (cause is AddressInUseException)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The address that failed as <c>host:port</c>: Kestrel names it as a URL in its message ("Failed to bind
    /// to address http://127.0.0.1:5080: ..."); when it does not, the configured <paramref name="urls"/>.
    /// </summary>
    public static string Address(Exception exception, string urls)
    {
        foreach (var word in exception.Message.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Contains("://", StringComparison.Ordinal)
                && Uri.TryCreate(word.TrimEnd(':', '.', ','), UriKind.Absolute, out var uri)
                && uri.Authority.Length > 0)
            {
                return uri.Authority;
            }
        }

        return urls;
    }
}
