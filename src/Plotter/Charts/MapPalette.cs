using ScottPlot;

namespace Lab.Plotter.Charts;

/// <summary>
/// The one palette of the lab: a color and marker per map id, assigned from the <see cref="MapIds"/>
/// order (catalog order, then the reference rows, then <c>noop</c>), so a map looks the same in every chart of every run.
/// The harness row <c>noop</c> is always grey and dashed. Colors are the Tableau 10 set plus five
/// dark tones and one light one, distinguishable in print and by common color-vision deficiencies together with the markers.
/// </summary>
internal static class MapPalette
{
    private static readonly Color[] colors =
    [
        Color.FromHex("#1f77b4"), Color.FromHex("#d62728"), Color.FromHex("#2ca02c"), Color.FromHex("#ff7f0e"),
        Color.FromHex("#9467bd"), Color.FromHex("#8c564b"), Color.FromHex("#e377c2"), Color.FromHex("#17becf"),
        Color.FromHex("#bcbd22"), Color.FromHex("#393b79"), Color.FromHex("#000000"), Color.FromHex("#637939"),
        Color.FromHex("#843c39"), Color.FromHex("#7b4173"), Color.FromHex("#e7969c"),
    ];

    private static readonly MarkerShape[] markers =
    [
        MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond,
        MarkerShape.FilledTriangleDown, MarkerShape.OpenCircle, MarkerShape.OpenSquare, MarkerShape.OpenTriangleUp,
        MarkerShape.OpenDiamond, MarkerShape.Eks, MarkerShape.Asterisk, MarkerShape.OpenTriangleDown,
        MarkerShape.Cross,
    ];

    private static readonly MapStyle noopStyle = new(Color.FromHex("#9e9e9e"), MarkerShape.HorizontalBar, LinePattern.Dashed);

    public static MapStyle For(string mapId)
    {
        if (mapId == HarnessMap.Id)
        {
            return noopStyle;
        }

        var index = MapIds.OrderOf(mapId);
        return new MapStyle(colors[index % colors.Length], markers[index % markers.Length], LinePattern.Solid);
    }
}
