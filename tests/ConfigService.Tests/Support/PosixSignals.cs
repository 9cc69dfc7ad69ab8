using System.ComponentModel;
using System.Runtime.InteropServices;

namespace Lab.ConfigService.Tests.Support;

/// <summary>Sends POSIX signals with libc's kill(2).</summary>
internal static partial class PosixSignals
{
    public const int Hangup = 1;

    public const int Terminate = 15;

    public static void Send(int processId, int signal)
    {
        if (Kill(processId, signal) != 0)
        {
            throw new Win32Exception(Marshal.GetLastPInvokeError(), $"kill({processId}, {signal}) failed.");
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int sig);
}
