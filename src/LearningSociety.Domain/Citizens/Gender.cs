namespace LearningSociety.Domain.Citizens;

public enum Gender
{
    Male = 1,
    Female = 2,
}

public static class GenderLabels
{
    public static string Label(this Gender gender) => gender == Gender.Male ? "Nam" : "Nữ";
}
