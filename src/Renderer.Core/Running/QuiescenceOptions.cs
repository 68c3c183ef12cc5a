namespace Renderer.Core.Running;

/// <summary>
/// consul-template's <c>-wait min:max</c>: render once the data has been quiet for <see cref="Min"/>,
/// but never later than <see cref="Max"/> after the first change, so a flapping service cannot
/// starve the file.
/// </summary>
public sealed record QuiescenceOptions(TimeSpan Min, TimeSpan Max)
{
    /// <summary>No quiescence: render on every change.</summary>
    public static QuiescenceOptions None { get; } = new(TimeSpan.Zero, TimeSpan.Zero);

    public bool IsEnabled => Min > TimeSpan.Zero;
}
