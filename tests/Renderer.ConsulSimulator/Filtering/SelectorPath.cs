using System.Text.Json;

namespace Renderer.ConsulSimulator.Filtering;

/// <summary>
/// A selector resolved against a schema into JSON navigation steps: a property name, or "any element"
/// where the selector goes through a list of structs (<c>Checks.Status</c> matches if any check does).
/// </summary>
internal static class SelectorPath
{
    /// <summary>The any-element step; every other step is a property name.</summary>
    private const string AnyElement = "\0any";

    public static (IReadOnlyList<string> Steps, FilterType Leaf) Resolve(IReadOnlyList<string> parts, string text, FilterType schema)
    {
        var steps = new List<string>();
        var type = schema;
        var i = 0;
        while (i < parts.Count)
        {
            switch (type.Kind)
            {
                case FilterKind.Struct when type.Fields!.TryGetValue(parts[i], out var field):
                    steps.Add(parts[i++]);
                    type = field;
                    break;
                case FilterKind.Map:
                    steps.Add(parts[i++]);
                    type = type.Element!;
                    break;
                case FilterKind.StructList:
                    steps.Add(AnyElement);
                    type = type.Element!;
                    break;
                case FilterKind.Unsupported:
                    throw FilterException.NotSupported($"selector \"{text}\" reaches into a field the simulator does not model");
                default:
                    throw FilterException.Invalid($"Selector \"{text}\" is not valid");
            }
        }

        if (type.Kind == FilterKind.Unsupported)
        {
            throw FilterException.NotSupported($"selector \"{text}\" names a field the simulator does not model");
        }

        return (steps, type);
    }

    public static bool Evaluate(JsonElement current, IReadOnlyList<string> steps, int step, Func<JsonElement?, bool> leaf)
    {
        if (step == steps.Count)
        {
            return leaf(current);
        }

        if (steps[step] == AnyElement)
        {
            return current.ValueKind == JsonValueKind.Array
                && current.EnumerateArray().Any(item => Evaluate(item, steps, step + 1, leaf));
        }

        if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(steps[step], out var next))
        {
            return Evaluate(next, steps, step + 1, leaf);
        }

        // A missing map key (or a null map) selects nothing: the value is absent.
        return leaf(null);
    }
}
