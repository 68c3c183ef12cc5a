using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Renderer.Core.Checking;
using Renderer.Core.Output;
using Renderer.Core.Reloading;

namespace Renderer.Core.Running;

/// <summary>The collaborators a <see cref="Runner"/> works with; tests swap the clock and the output writer.</summary>
public sealed record RunnerServices
{
    public AtomicFileWriter Writer { get; init; } = new();

    public ILoggerFactory LoggerFactory { get; init; } = NullLoggerFactory.Instance;

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Where dry runs print what they would write and <c>--diff</c> prints its diffs.</summary>
    public TextWriter Output { get; init; } = TextWriter.Null;

    internal OutputChecker CreateChecker() => new(Writer, LoggerFactory.CreateLogger<OutputChecker>(), TimeProvider);

    internal Reloader CreateReloader() => new(LoggerFactory.CreateLogger<Reloader>(), TimeProvider);
}
