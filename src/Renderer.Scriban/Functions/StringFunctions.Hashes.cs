using System.Security.Cryptography;
using System.Text;
using Renderer.Scriban.Runtime;

namespace Renderer.Scriban.Functions;

public static partial class StringFunctions
{
    private static void RegisterHashes(FunctionTable table)
    {
        table.Add("md5", ["text"], 1, call => Hex(MD5.HashData(Utf8(call, 0))));
        table.Add("sha1", ["text"], 1, call => Hex(SHA1.HashData(Utf8(call, 0))));
        table.Add("sha256", ["text"], 1, call => Hex(SHA256.HashData(Utf8(call, 0))));
        table.Add("sha512", ["text"], 1, call => Hex(SHA512.HashData(Utf8(call, 0))));
        table.Add("hmac_sha1", ["text", "secretKey"], 2, call => Hex(HMACSHA1.HashData(Utf8(call, 1), Utf8(call, 0))));
        table.Add("hmac_sha256", ["text", "secretKey"], 2, call => Hex(HMACSHA256.HashData(Utf8(call, 1), Utf8(call, 0))));
        table.Add("hmac_sha512", ["text", "secretKey"], 2, call => Hex(HMACSHA512.HashData(Utf8(call, 1), Utf8(call, 0))));
    }

    private static byte[] Utf8(FunctionCall call, int index) => Encoding.UTF8.GetBytes(call.GetString(index));

    private static string Hex(byte[] hash) => Convert.ToHexStringLower(hash);
}
