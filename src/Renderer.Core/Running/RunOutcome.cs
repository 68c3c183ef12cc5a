using System.Collections.Immutable;

namespace Renderer.Core.Running;

/// <summary>How a run ended: each template's last report and whether a reload command failed.</summary>
public sealed record RunOutcome(ImmutableArray<TemplateReport> Templates, bool CommandFailed)
{
    public bool AnyFailed => Templates.Any(report => report.IsFailure);

    public bool AnyWaitingForData => Templates.Any(report => report.Status == TemplateStatus.WaitingForData);

    public bool AnyDiffers => Templates.Any(report => report.Status == TemplateStatus.Differs);

    public bool Succeeded => !AnyFailed && !AnyWaitingForData && !CommandFailed;
}
