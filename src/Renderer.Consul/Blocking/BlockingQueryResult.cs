namespace Renderer.Consul.Blocking;

/// <summary>One answer of a <see cref="BlockingQuery{T}"/>.</summary>
/// <param name="Value">The value Consul sent with this answer.</param>
/// <param name="Meta">Its metadata.</param>
/// <param name="Change">How its index compares with the previous answer's.</param>
/// <param name="ValueChanged">
/// Whether the watcher should act: always for the first answer, never for an unchanged index; otherwise
/// <c>true</c> unless the query's comparer finds the value equal to the last one.
/// </param>
/// <param name="PreviousIndex">The index of the previous answer (0 before the first).</param>
public sealed record BlockingQueryResult<T>(T Value, QueryMeta Meta, IndexChange Change, bool ValueChanged, ulong PreviousIndex);
