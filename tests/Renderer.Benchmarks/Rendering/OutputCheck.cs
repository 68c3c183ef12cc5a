namespace Renderer.Benchmarks.Rendering;

/// <summary>Refuses to time renders that do not produce the expected nginx.conf: a fast wrong render proves nothing.</summary>
public static class OutputCheck
{
    /// <summary>The engine-only and the product renders must give the same, non-trivial text.</summary>
    public static void RequireSameOutput(RenderSetup setup)
    {
        var engine = setup.RenderEngine();
        var product = setup.RenderProduct();
        if (!string.Equals(engine, product, StringComparison.Ordinal))
        {
            var at = engine.Zip(product).TakeWhile(pair => pair.First == pair.Second).Count();
            throw new InvalidOperationException(
                $"The engine-only render ({engine.Length} chars) and the product render ({product.Length} chars) differ at char {at}.");
        }

        if (!engine.Contains("upstream ", StringComparison.Ordinal) || !engine.Contains("least_conn;", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("The render has no http or no stream upstream: the catalog or the templates are not what the benchmark expects.");
        }
    }
}
