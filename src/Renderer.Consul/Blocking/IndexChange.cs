namespace Renderer.Consul.Blocking;

/// <summary>How a blocking read's index compares with the previous one (spec §1.4).</summary>
public enum IndexChange
{
    /// <summary>The first answer of this query.</summary>
    Initial,

    /// <summary>The index grew: the data <em>may</em> have changed (compare content).</summary>
    Advanced,

    /// <summary>Same index: a time-out or spurious wake-up; nothing changed.</summary>
    Unchanged,

    /// <summary>The index went down (snapshot restore, another server, …): the next read starts over without blocking.</summary>
    WentBackwards,
}
