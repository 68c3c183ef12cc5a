using System.Text;

namespace Renderer.Processes.Tests;

public sealed class BoundedOutputBufferTests
{
    [Fact]
    public void Appends_across_the_ring_boundary_keep_the_last_bytes_in_order()
    {
        var buffer = new BoundedOutputBuffer(5);

        buffer.Append("abc"u8);
        buffer.Append("defg"u8);

        Assert.True(buffer.Truncated);
        Assert.Equal("[... 2 earlier bytes dropped ...]\ncdefg", buffer.GetText());
    }

    [Fact]
    public void A_chunk_larger_than_the_ring_keeps_its_own_tail()
    {
        var buffer = new BoundedOutputBuffer(4);

        buffer.Append("xy"u8);
        buffer.Append("0123456789"u8);

        Assert.Equal("[... 8 earlier bytes dropped ...]\n6789", buffer.GetText());
    }

    [Fact]
    public void A_tail_that_starts_inside_a_multibyte_character_skips_the_partial_character()
    {
        var buffer = new BoundedOutputBuffer(4);

        buffer.Append(Encoding.UTF8.GetBytes("aé€")); // a, é (2 bytes), € (3 bytes): the last 4 bytes start inside é.

        Assert.Equal("[... 3 earlier bytes dropped ...]\n€", buffer.GetText());
    }
}
