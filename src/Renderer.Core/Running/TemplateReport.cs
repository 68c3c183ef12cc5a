using System.Collections.Immutable;
using Renderer.Core.Dependencies;

namespace Renderer.Core.Running;

/// <summary>The last outcome of one template: its status and, for failures, why.</summary>
public sealed record TemplateReport(string Source, string Destination, TemplateStatus Status)
{
    /// <summary>The error (positioned template error, checker output, I/O error); null on success.</summary>
    public string? Error { get; init; }

    /// <summary>With <see cref="TemplateStatus.WaitingForData"/>: what the template waits for.</summary>
    public ImmutableArray<DependencyKey> Missing { get; init; } = [];

    public bool IsFailure => Status is TemplateStatus.RenderFailed or TemplateStatus.CheckFailed or TemplateStatus.WriteFailed;
}
