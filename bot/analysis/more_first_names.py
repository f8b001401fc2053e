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

# Common given names of the wider world's news (European, Slavic, Arabic, South Asian,
# African, Latin American), so a he/she can rule out or keep one whose name no list knew
# ("Denis …" is no "she"). Names also used as surnames or everyday words ("Jan", "Moon",
# "Wang", "Sheikh") are left out.
WORLD_MALE_FIRST_NAMES = frozenset(
    """Denis Ivo Dario Luca Matteo Giorgio Sergio Stefan Dmitri Oleg Mikhail Nikolai Sven
    Pieter Jürgen Klaus Wolfgang Francois Jacques Olivier Thierry Pablo Rodrigo Mohamed
    Khalid Ibrahim Mustafa Amit Shinzo Fumio Yair Naftali Jair Gustavo Cyril Uhuru
    Muhammadu Yoweri Abiy Cornel Emeka Chinedu Kwame Kofi Nnamdi Olusegun Goran Zoran
    Milan Bogdan Tomasz Piotr Krzysztof Andrzej Mateusz Vaclav Viktor Ferenc Nikos
    Yannis Dimitris Kostas Ahmet Mehmet Emre Arjun Rohit Sanjay Vijay Anil Sunil Imran
    Nawaz Shehbaz Bilawal Tariq Faisal Saad Walid Nabil Karim Hamid Rashid Majid Reza
    Hossein Abbas Mahmoud Nasser Anwar Joko Prabowo Rodrigo Ferdinand Thaksin
    Hun Lula Sebastian Felipe Gabriel Andres Ignacio Alejandro Mauricio Santiago
    Michel Josep Kirill Andriy Andrii Rustem Denys Oleksandr Oleksiy Oleksii Mykhailo Mykola
    Yevgeny Yevgeniy Evgeny Sergiy Serhiy Dmytro Vitaliy Vitali Vitaly Heorhiy Taras Bohdan
    Ruslan Valerii Valery Gennady Maxim Maksym Nikolay Anatoly Pavel Konstantin Leonid
    Vasily Grigory Ramzan Artem Yaroslav Fyodor Yuriy Ihor Petro Arseniy Arseny Aleksandr
    Alexandre Andrej Radoslaw Radosław Karol Petr Péter Aleksandar Kyriakos Ulf Jonas
    Petteri Micheal Enda Hakan Mevlut Ilham Nikol Masoud Ebrahim Mohammad Yoav Gideon
    Itamar Bezalel Yahya Ismail Khalil Asim Luiz Salman Syed Abdul Abdullah""".split()
)
WORLD_FEMALE_FIRST_NAMES = frozenset(
    """Sanna Mette Magdalena Jacinda Kristalina Ngozi Olena Svetlana Lucia Irina Tatiana
    Amandla Giorgia Annalena Ursula Roberta Yulia Oksana Natasha Agnieszka Katarzyna
    Malgorzata Beata Ewa Zuzana Petra Jana Dagmar Ingrid Birgit Ulrike Heike Frederike
    Anneliese Aylin Elif Zeynep Fatma Ayse Priya Sunita Anjali Pooja Deepika Nirmala
    Smriti Benazir Maryam Fatima Aisha Leila Yasmin Nadia Rania Layla Sheikha Amina
    Chiamaka Folake Wambui Wanjiru Megawati Gabriela Valentina Camila
    Daniela Fernanda Mariana Claudia Xiomara Dilma Iryna Yuliia Svitlana Tetiana Marija
    Ekaterina Yekaterina Tatyana Viola Ylva Yevheniia""".split()
)
