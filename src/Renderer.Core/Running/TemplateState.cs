using System.Collections.Immutable;
using Renderer.Core.Dependencies;
using Renderer.Core.Rendering;

namespace Renderer.Core.Running;

/// <summary>What the runner remembers of one template between passes.</summary>
internal sealed class TemplateState
{
    public TemplateState(TemplateOptions options, CompiledTemplate compiled, QuiescenceOptions wait)
    {
        Options = options;
        Compiled = compiled;
        Timer = new QuiescenceTimer(wait);
        Report = new TemplateReport(options.Source, options.Destination, TemplateStatus.WaitingForData);
    }

    public TemplateOptions Options { get; }

    public CompiledTemplate Compiled { get; set; }

    public QuiescenceTimer Timer { get; }

    /// <summary>Dependencies the last render read; a change to any of them makes the template pending.</summary>
    public ImmutableHashSet<DependencyKey> Used { get; set; } = [];

    public TemplateReport Report { get; set; }

    /// <summary>Since when the template waits for data (for the "waiting for …" message); null when it does not.</summary>
    public DateTimeOffset? WaitingSince { get; set; }

    public bool WaitingReported { get; set; }
}
