using System.Globalization;

namespace Lab.Plotter.Input;

/// <summary>
/// Refuses to compare runs from different machines (LAB-NOTES pitfall 10: runners differ by
/// 10-30%, at times 2x). Reads the <c>cpu</c> and <c>logical_cores</c> of each folder's
/// <c>environment.csv</c> (<see cref="EnvironmentRow.ReadMachine"/>); folders without one are not checked.
/// </summary>
internal static class MachineCheck
{
    /// <summary>Throws <see cref="CompareInputException"/> when two folders name different machines.</summary>
    public static void EnsureSameMachine(IEnumerable<string> folders)
    {
        string? firstFolder = null;
        string? firstMachine = null;
        foreach (var folder in folders)
        {
            var machine = Describe(folder);
            if (machine is null)
            {
                continue;
            }

            if (firstMachine is null)
            {
                (firstFolder, firstMachine) = (folder, machine);
            }
            else if (machine != firstMachine)
            {
                throw new CompareInputException(
                    $"incompatible results: {firstFolder} ran on '{firstMachine}' but {folder} ran on '{machine}'; " +
                    "compare runs made on one machine (scripts/lab compare), or pass --allow-other-machine");
            }
        }
    }

    private static string? Describe(string folder)
    {
        var path = Path.Combine(folder, ResultFiles.Environment);
        if (!File.Exists(path))
        {
            return null;
        }

        var machine = EnvironmentRow.ReadMachine(path);
        return string.Create(CultureInfo.InvariantCulture, $"cpu={machine.Cpu}, logical_cores={machine.LogicalCores}");
    }
}
