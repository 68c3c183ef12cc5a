using Microsoft.Extensions.Logging;

namespace Renderer.TestKit;

/// <summary>One entry recorded by <see cref="RecordingLogger{T}"/>, with its structured fields.</summary>
public sealed record LogEntry(LogLevel Level, EventId EventId, string Message, IReadOnlyDictionary<string, object?> Fields, Exception? Exception);
