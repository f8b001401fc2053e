"""First names that make a capitalised pair a person ("Ana Ruiz") and give the gender a
later pronoun must agree with: the core lists here, the longer ones in `more_first_names`."""

from __future__ import annotations

from bot.analysis.more_first_names import (
    ACCENTED_FEMALE_FIRST_NAMES,
    ACCENTED_MALE_FIRST_NAMES,
    MORE_FEMALE_FIRST_NAMES,
    MORE_MALE_FIRST_NAMES,
    WORLD_FEMALE_FIRST_NAMES,
    WORLD_MALE_FIRST_NAMES,
)

MALE_FIRST_NAMES = frozenset(
    """Aaron Adam Adrian Ahmed Alan Albert Alex Alexander Alexei Ali Andrew Andrei Anthony
    Antonio Arthur Ben Benjamin Bernie Bill Bob Boris Brad Brian Bruce Carl Carlos Charles
    Chris Christopher Colin Dan Daniel Dave David Dennis Dmitry Donald Douglas Ed Edward Emmanuel
    Eric Evan Frank Franz Fred Gary George Gerald Greg Hans Harry Henry Hugo Ian Igor Isaac Ivan
    Jack Jacob James Jamie Jason Javier Jean Jeff Jeremy Jim Joe John Jon Jonathan Jorge Jose
    Joseph Josh Juan Justin Kevin Keir Kim Lars Lee Leo Liam Luis Luke Marco Mark Martin Matt
    Matthew Max Michael Miguel Mike Mohammed Muhammad Narendra Nick Nicolas Noah Oliver Olaf
    Omar Patrick Paul Pedro Peter Philip Pierre Rafael Ralph Ray Richard Rishi Rob Robert
    Roger Ron Ryan Sam Samuel Scott Sean Sergei Sergey Simon Stephen Steve Steven Thomas Tim
    Tom Tony Victor Vladimir Volodymyr Walter Wayne William Xi Yuri Zach Joe Benjamin
    Antony Recep Viktor Jens Friedrich Hakeem Mitch Chuck Ted Lindsey Rand Pete Marcus Tobias
    Felix Mateo Oscar Elias Rahul Arjun Kofi Kwame Tariq Yusuf Hamid Raul Diego Andres
    Barack Larry Gregory Kenneth Ronald Timothy Jeffrey Gary Keith Roy Eugene Russell Bobby
    Louis Philip Randy Howard Harold Craig Dale Glenn Alan Wesley Derek Travis Shawn Kyle
    Jesse Joel Marcus Lawrence Willie Albert Jerry Terry Dennis Frank Billy Bruce Jimmy Rusty
    Dick Mitt Newt Rudy Reince Rick Marco Jeb Rex Mike Lamar Harry Chuck Orrin Rand Darrell
    Trey Corey Hank Clint Dwight Duane Lyndon Barry Neil Nigel
    Gordon Tony Alistair Boris Jeremy Rory Hugh Angus Callum Declan Conor Sean Seamus""".split()
)
FEMALE_FIRST_NAMES = frozenset(
    """Abigail Alice Amanda Amy Ana Angela Ann Anna Anne Annalena Barbara Beth Camila Carla
    Carol Caroline Catherine Charlotte Chloe Christine Claire Claudia Diana Elena Elizabeth
    Ella Ellen Emily Emma Eva Fiona Giorgia Grace Hannah Helen Hillary Isabel Jane Janet
    Jennifer Jessica Jill Joan Julia Julie Karen Kate Katherine Kathy Kaja Kristi Laura
    Linda Lisa Liz Lucy Maria Marie Marine Mary Megan Melania Melissa Mia Michelle Nancy
    Natalia Natalie Nicola Nikki Olga Olivia Pam Patricia Priya Rachel Rebecca Rose Ruth
    Sandra Sara Sarah Sofia Sophie Susan Tulsi Ursula Valerie Victoria Yulia Zoe Amina Fatima
    Layla Leila Nadia Ines Ingrid Greta Hanna Marta Lena Yvette Aisha Mariam Keiko Mei Ingrid
    Kristin Harriet Rachel Angela Theresa Theresa Yvonne Shirley Kemi Rachel Ivanka Donna
    Stacey Stacy Loretta Tina Melanie Debbie Deborah Kellyanne Hope Huma Chelsea Nancy Dianne
    Susan Maxine Nikki Sheila Tammy Kirsten Amy Elise Marsha Heidi Cheri Jeanne Debra Brenda
    Pamela Sharon Cynthia Kathleen Marilyn Gloria Teresa Judith Judy Doris Evelyn Jean
    Frances Joyce Virginia Heather Diane Kelly Lauren Megyn Katie Robin Samantha Valerie
    Condoleezza Madeleine Hilary Margaret Theresa Nicola Priti Penny Andrea Nadine Kemi
    Leslie Angelique Jennifer Alicia Ava Ashley Brittany Crystal Erin Jasmine Kimberly
    Monica Paula Rita Stephanie Tiffany Vanessa Wendy Whitney Yolanda Rosa Carmen Kamala""".split()
)
MALE_FIRST_NAMES = (
    MALE_FIRST_NAMES | MORE_MALE_FIRST_NAMES | ACCENTED_MALE_FIRST_NAMES | WORLD_MALE_FIRST_NAMES
)
FEMALE_FIRST_NAMES = (
    FEMALE_FIRST_NAMES
    | MORE_FEMALE_FIRST_NAMES
    | ACCENTED_FEMALE_FIRST_NAMES
    | WORLD_FEMALE_FIRST_NAMES
)
FIRST_NAMES = MALE_FIRST_NAMES | FEMALE_FIRST_NAMES
