using Lab.Benchmarks.Cli;

namespace Lab.Benchmarks;

internal static class Program
{
    private static int Main(string[] args) => LabRunner.Run(args, Console.Out, Console.Error);
}
