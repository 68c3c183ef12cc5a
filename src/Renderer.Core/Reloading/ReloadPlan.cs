namespace Renderer.Core.Reloading;

/// <summary>
/// The reload commands of one batch of changes: each distinct command once, in the order first seen. Several
/// templates usually share <c>nginx -s reload</c>; reloading once after all of them are written and checked avoids
/// both double reloads and a reload that sees only half the batch.
/// </summary>
public sealed record ReloadPlan
{
    /// <summary>A plan with no commands and default limits.</summary>
    public static ReloadPlan Empty { get; } = new();

    private ReloadPlan()
    {
    }

    /// <summary>The distinct commands (trimmed), in first-seen order.</summary>
    public IReadOnlyList<string> Commands { get; private init; } = [];

    /// <summary>How long each command may run before it is interrupted. <value>Default: 30 seconds.</value></summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an interrupted command may take before it is killed. <value>Default: 3 seconds.</value></summary>
    public TimeSpan GracePeriod { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>True when there is nothing to run.</summary>
    public bool IsEmpty => Commands.Count == 0;

    /// <summary>A plan with the given commands; empty ones (templates without a command) are ignored, repeats dropped.</summary>
    public static ReloadPlan From(IEnumerable<string?> commandLines)
    {
        ArgumentNullException.ThrowIfNull(commandLines);
        return commandLines.Aggregate(Empty, (plan, command) => plan.Add(command));
    }

    /// <summary>
    /// Returns a plan that also runs <paramref name="commandLine"/>, unless it is empty or already planned. Commands
    /// are compared after trimming, exactly otherwise: <c>nginx -s reload</c> and <c>nginx  -s reload</c> both run.
    /// </summary>
    public ReloadPlan Add(string? commandLine)
    {
        var trimmed = commandLine?.Trim();
        if (string.IsNullOrEmpty(trimmed) || Commands.Contains(trimmed, StringComparer.Ordinal))
        {
            return this;
        }

        return this with { Commands = [.. Commands, trimmed] };
    }

    /// <inheritdoc />
    public bool Equals(ReloadPlan? other) =>
        other is not null
        && Commands.SequenceEqual(other.Commands, StringComparer.Ordinal)
        && Timeout == other.Timeout
        && GracePeriod == other.GracePeriod;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Commands.Count, Timeout, GracePeriod);
}
