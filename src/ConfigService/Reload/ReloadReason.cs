namespace Lab.ConfigService.Reload;

/// <summary>Why a reload was asked for.</summary>
internal enum ReloadReason
{
    /// <summary>The process received SIGHUP.</summary>
    Signal,

    /// <summary>The watched file changed on disk (<c>--watch</c>).</summary>
    FileChanged,
}
