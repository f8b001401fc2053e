"""More common first names, mostly American, beyond the core lists in `first_names`.

News copy introduces many people by first and last name only ("Carly Fiorina threw her
support behind …"); a first name the lists know makes the pair a person and gives the
pronoun that may later stand for them. Names that are also everyday words ("Will", "May",
"Grant", "Faith") are left out: "May Day" is no one.
"""

from __future__ import annotations

MORE_MALE_FIRST_NAMES = frozenset(
    """Abe Al Alec Alfred Alvin Andy Angel Archie Arnold Austin Beau Bernard Bert
    Blake Brandon Brendan Brent Brett Bryan Byron Calvin Cameron Carlton Cecil Cedric Chad
    Charlie Chester Clarence Claude Clay Clayton Clifford Cody Cole Cory Curtis Damon
    Danny Darren Darryl Dean Devin Don Donovan Doug Drew Dustin Earl Eddie Edgar Eli Elijah
    Elliot Elliott Emmett Ernest Ethan Everett Floyd Francis Franklin Gabriel Garrett Gavin
    Gene Geoff Geoffrey Gerard Gilbert Glen Grady Graham Gus Guy Harvey Herbert Herman
    Homer Horace Irving Isaiah Jake Jared Jay Jeffery Jerome Joey Johnny Jonah
    Julian Julius Karl Kelvin Kent Kirk Kurt Lance Leon Leonard Leroy Lester Lewis
    Lloyd Lonnie Lucas Luther Lyle Malcolm Manuel Marcel Mario Marvin Mason Maurice
    Melvin Micah Mickey Milton Mitchell Morris Nathan Nathaniel Ned Neal Nelson Norman
    Otis Owen Percy Perry Phil Preston Quentin Ramon Randall Reed Reggie Reginald Rex
    Ricardo Ricky Rodney Roland Ross Rudolph Rufus Salvador Sanford Seth Sheldon Sherman
    Sidney Spencer Stanley Stuart Sylvester Ted Terrence Theodore Todd Tommy Trent Troy Tyler
    Vernon Vince Vincent Wade Wallace Warren Wendell Wes Wilbur Willard Wilson Zachary""".split()
)

MORE_FEMALE_FIRST_NAMES = frozenset(
    """Ada Adrienne Agnes Aileen Alexandra Alexis Alison Allison Alyssa Amber Anita Annette
    April Audrey Ayanna Becky Belinda Bernadette Betsy Betty Beverly Bonnie Bridget Brooke
    Candace Cara Carly Carolyn Cassandra Cathy Cecilia Celeste Cheryl Christina Cindy Claudette
    Colleen Connie Courtney Dana Danielle Dawn Deanna Delores Denise Dolores Dorothy Edith
    Eileen Elaine Eleanor Elisa Eliza Ellie Eloise Erica Erika Esther Ethel Eunice Felicia
    Florence Gabrielle Gail Geraldine Gina Ginny Gretchen Gwen Gwendolyn Hailey Holly Irene
    Jackie Jacqueline Janice Jeanette Jenna Jenny Jessie Jo Joanna Joanne Jocelyn Josephine
    Juanita Kara Kari Karin Katelyn Kathryn Katrina Kay Kayla Kendra Kerry Kristen Kristina
    Kristine Laurie Lena Leah Lillian Lily Lindsay Lois Lorraine Louise Lydia Lynn Mabel
    Mallory Marcia Margo Marian Marianne Marjorie Marla Martha Maureen Meghan Meredith Mildred
    Miranda Molly Nadine Naomi Nina Nora Norma Pauline Peggy Phyllis Polly Rachael Ramona
    Regina Renee Rhonda Roberta Rochelle Roxanne Sabrina Sally Selena Serena Shannon Sherry
    Shonda Sonia Stella Sue Suzanne Sylvia Tamara Tanya Tara Terri Tracy Trish Vera Veronica
    Vicki Vivian Wanda""".split()
)

# The accented spellings of common Spanish, Portuguese and French first names: "José
# Manuel Albares" is one name, not "Manuel Albares" after an unknown word.
ACCENTED_MALE_FIRST_NAMES = frozenset(
    """José Andrés Jesús Ramón Óscar Sebastián Joaquín Martín Nicolás Tomás Rubén Hernán
    Julián Adrián Iñaki Íñigo João Sérgio Fábio Márcio Jérôme Frédéric Stéphane François
    Valéry Raphaël Gaël Noël Joël Loïc Cédric Grégoire Ángel Álvaro""".split()
)
ACCENTED_FEMALE_FIRST_NAMES = frozenset(
    """María Sofía Lucía Inés Mónica Verónica Begoña Ángela Zoë Chloé Renée Hélène
    Agnès Thérèse Céline Élise Amélie Anaïs Mélanie Noémie Cécile Françoise Conceição""".split()
)
