namespace Renderer.ConsulSimulator.State;

/// <summary>Content comparisons for the "is this write a no-op" rule (Consul's <c>IsSame</c>):
/// collections compare by content, and null is not the same as empty (Go's reflect.DeepEqual).</summary>
internal static class ContentEquality
{
    public static bool SameList<T>(IReadOnlyList<T>? left, IReadOnlyList<T>? right)
    {
        if (left is null || right is null)
        {
            return left is null && right is null;
        }

        return left.SequenceEqual(right);
    }

    public static bool SameMap<TValue>(IReadOnlyDictionary<string, TValue>? left, IReadOnlyDictionary<string, TValue>? right)
    {
        if (left is null || right is null)
        {
            return left is null && right is null;
        }

        return left.Count == right.Count
            && left.All(pair => right.TryGetValue(pair.Key, out var value) && Equals(pair.Value, value));
    }
}
