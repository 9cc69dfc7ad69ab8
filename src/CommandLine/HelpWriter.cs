using System.Text;

namespace Lab.CommandLine;

/// <summary>Renders a <see cref="Command"/>'s help; the one layout every command of the lab shares.</summary>
internal static class HelpWriter
{
    /// <summary>Names wider than this put their help on the next line.</summary>
    private const int widestNameColumn = 32;

    public static string Render(Command command)
    {
        var text = new StringBuilder();
        text.AppendLine(command.Summary.TrimEnd());
        if (command.Usage.Count > 0)
        {
            text.AppendLine();
            for (var i = 0; i < command.Usage.Count; i++)
            {
                text.Append(i == 0 ? "Usage: " : "       ").AppendLine(command.Usage[i]);
            }
        }

        var rows = command.VisibleOptions.ToList();
        var column = Math.Min(rows.Max(option => option.Label.Length), widestNameColumn) + 4;
        text.AppendLine().AppendLine("Options:");
        foreach (var option in rows)
        {
            var lines = option.Help.Split('\n');
            var name = "  " + option.Label;
            if (name.Length + 2 > column)
            {
                text.AppendLine(name);
                name = "";
            }

            text.Append(name.PadRight(column)).AppendLine(lines[0].TrimEnd());
            foreach (var line in lines.Skip(1))
            {
                text.Append(' ', column).AppendLine(line.TrimEnd());
            }
        }

        if (command.Notes.Length > 0)
        {
            text.AppendLine().AppendLine(command.Notes.TrimEnd());
        }

        return text.ToString().TrimEnd();
    }
}
