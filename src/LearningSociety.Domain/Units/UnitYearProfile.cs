namespace LearningSociety.Domain.Units;

/// <summary>
/// Facts about a unit that change every year and that the unit itself enters: the adult population that CDHT shares
/// divide by. Whether a commune is ĐBKK is not the commune's to say: see <see cref="DisadvantagedDesignation"/>.
/// </summary>
public sealed class UnitYearProfile
{
    private UnitYearProfile()
    {
    }

    public UnitYearProfile(int unitId, int year, int? adultPopulation)
    {
        UnitId = unitId;
        Year = year;
        ConcurrencyStamp = Guid.NewGuid();
        Update(adultPopulation);
        AdultPopulation = adultPopulation;
    }

    public int Id { get; private set; }

    public int UnitId { get; private set; }

    public AdministrativeUnit Unit { get; private set; } = null!;

    public int Year { get; private set; }

    public int? AdultPopulation { get; private set; }

    /// <summary>Renewed by every change: a save from a form opened before someone else's save is refused, not applied over it.</summary>
    public Guid ConcurrencyStamp { get; private set; }

    public void Update(int? adultPopulation)
    {
        if (adultPopulation is < 0)
        {
            throw new DomainException("Dân số trong độ tuổi lao động không được âm.", nameof(AdultPopulation));
        }

        if (adultPopulation == AdultPopulation)
        {
            return;
        }

        AdultPopulation = adultPopulation;
        ConcurrencyStamp = Guid.NewGuid();
    }
}
