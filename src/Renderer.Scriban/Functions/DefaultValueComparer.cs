namespace Renderer.Scriban.Functions;

/// <summary>
/// .NET's <c>Comparer.Default</c> as <c>array.sort</c> uses it: null first, strings by culture
/// (<see cref="CultureStringComparer"/>), otherwise <see cref="IComparable.CompareTo"/>, which fails
/// for mixed types (<c>Object must be of type Int32.</c>) just as in Scriban.
/// </summary>
internal sealed class DefaultValueComparer : IComparer<object?>
{
    public static readonly DefaultValueComparer Instance = new();

    public int Compare(object? x, object? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        if (x is string left && y is string right)
        {
            return CultureStringComparer.Instance.Compare(left, right);
        }

        if (x is IComparable comparable)
        {
            return comparable.CompareTo(y);
        }

        if (y is IComparable reverse)
        {
            return -reverse.CompareTo(x);
        }

        throw new ArgumentException("At least one object must implement IComparable.");
    }
}
