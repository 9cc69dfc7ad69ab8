namespace Lab.Results;

/// <summary>Checks one read row as a whole (rules between columns); throws through <see cref="CsvRecord.Error"/>.</summary>
/// <typeparam name="TRow">The row type.</typeparam>
public delegate void RowCheck<in TRow>(TRow row, CsvRecord record);
