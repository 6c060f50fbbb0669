/** Written by scripts/set-floors.ts from measured figures; see tests/rules/corpus.test.ts. */
export const FLOORS: Record<string, { cleanWarned: number; breachSilent: number; categories: Record<string, { precision: number; recall: number }> }> = {
  "tests/corpus/dev.jsonl": {
    "cleanWarned": 0.033,
    "breachSilent": 0.02,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.93,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.93,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.88,
        "recall": 0.91
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.94,
        "recall": 0.94
      },
      "confidential": {
        "precision": 0.92,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.58,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/dev2.jsonl": {
    "cleanWarned": 0.049,
    "breachSilent": 0.021,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.85,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.88,
        "recall": 0.86
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.95,
        "recall": 0.95
      },
      "confidential": {
        "precision": 0.77,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.87,
        "recall": 0.96
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/dev3.jsonl": {
    "cleanWarned": 0.06,
    "breachSilent": 0.032,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.74,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.63,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.82,
        "recall": 0.72
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.97,
        "recall": 0.97
      },
      "confidential": {
        "precision": 0.63,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.78,
        "recall": 0.93
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/dev4.jsonl": {
    "cleanWarned": 0.034,
    "breachSilent": 0.015,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.97,
        "recall": 0.85
      },
      "profanity": {
        "precision": 0.77,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.97,
        "recall": 0.93
      },
      "confidential": {
        "precision": 0.33,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.62,
        "recall": 0.94
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/everyday-name-nursery.jsonl": {
    "cleanWarned": 0.087,
    "breachSilent": 0.029,
    "categories": {
      "setting-name": {
        "precision": 0.94,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.88,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.9,
        "recall": 0.93
      },
      "derogatory": {
        "precision": 0.8,
        "recall": 0.81
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.94
      },
      "personal-info": {
        "precision": 0.9,
        "recall": 0.88
      },
      "confidential": {
        "precision": 0.83,
        "recall": 0.81
      },
      "work-talk": {
        "precision": 0.9,
        "recall": 0.93
      },
      "political-religious": {
        "precision": 0.94,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/church-primary.jsonl": {
    "cleanWarned": 0.025,
    "breachSilent": 0.032,
    "categories": {
      "setting-name": {
        "precision": 0.94,
        "recall": 0.94
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.93,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.72,
        "recall": 0.84
      },
      "profanity": {
        "precision": 0.94,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.97,
        "recall": 0.75
      },
      "confidential": {
        "precision": 0.85,
        "recall": 0.9
      },
      "work-talk": {
        "precision": 0.95,
        "recall": 0.91
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/community-preschool.jsonl": {
    "cleanWarned": 0.073,
    "breachSilent": 0.035,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.93,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.95,
        "recall": 0.95
      },
      "derogatory": {
        "precision": 0.58,
        "recall": 0.75
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.69,
        "recall": 0.81
      },
      "confidential": {
        "precision": 0.79,
        "recall": 0.67
      },
      "work-talk": {
        "precision": 0.85,
        "recall": 0.93
      },
      "political-religious": {
        "precision": 0.91,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/childminder-club.jsonl": {
    "cleanWarned": 0.072,
    "breachSilent": 0.054,
    "categories": {
      "setting-name": {
        "precision": 0.94,
        "recall": 0.92
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.89,
        "recall": 0.95
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.88
      },
      "derogatory": {
        "precision": 0.78,
        "recall": 0.65
      },
      "profanity": {
        "precision": 0.93,
        "recall": 0.84
      },
      "personal-info": {
        "precision": 0.56,
        "recall": 0.84
      },
      "confidential": {
        "precision": 0.88,
        "recall": 0.76
      },
      "work-talk": {
        "precision": 0.9,
        "recall": 0.87
      },
      "political-religious": {
        "precision": 0.93,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/secondary-high.jsonl": {
    "cleanWarned": 0.054,
    "breachSilent": 0.026,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.85,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.92,
        "recall": 0.94
      },
      "derogatory": {
        "precision": 0.86,
        "recall": 0.77
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.92
      },
      "personal-info": {
        "precision": 0.85,
        "recall": 0.75
      },
      "confidential": {
        "precision": 0.9,
        "recall": 0.92
      },
      "work-talk": {
        "precision": 0.86,
        "recall": 0.93
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/forest-nursery.jsonl": {
    "cleanWarned": 0.091,
    "breachSilent": 0.037,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.94
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.89,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.91,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.67,
        "recall": 0.82
      },
      "profanity": {
        "precision": 0.9,
        "recall": 0.93
      },
      "personal-info": {
        "precision": 0.7,
        "recall": 0.84
      },
      "confidential": {
        "precision": 0.75,
        "recall": 0.79
      },
      "work-talk": {
        "precision": 0.83,
        "recall": 0.94
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/out-of-school-club.jsonl": {
    "cleanWarned": 0.056,
    "breachSilent": 0.037,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.89,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.91,
        "recall": 0.91
      },
      "derogatory": {
        "precision": 0.71,
        "recall": 0.68
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.93
      },
      "personal-info": {
        "precision": 0.77,
        "recall": 0.86
      },
      "confidential": {
        "precision": 0.72,
        "recall": 0.8
      },
      "work-talk": {
        "precision": 0.88,
        "recall": 0.88
      },
      "political-religious": {
        "precision": 0.93,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/infant-school.jsonl": {
    "cleanWarned": 0.089,
    "breachSilent": 0.028,
    "categories": {
      "setting-name": {
        "precision": 0.91,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.92,
        "recall": 0.94
      },
      "staff-name": {
        "precision": 0.94,
        "recall": 0.94
      },
      "derogatory": {
        "precision": 0.69,
        "recall": 0.81
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.81,
        "recall": 0.77
      },
      "confidential": {
        "precision": 0.79,
        "recall": 0.88
      },
      "work-talk": {
        "precision": 0.87,
        "recall": 0.91
      },
      "political-religious": {
        "precision": 0.93,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/nursery-group.jsonl": {
    "cleanWarned": 0.1,
    "breachSilent": 0.028,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.86,
        "recall": 0.94
      },
      "staff-name": {
        "precision": 0.9,
        "recall": 0.87
      },
      "derogatory": {
        "precision": 0.8,
        "recall": 0.75
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.93
      },
      "personal-info": {
        "precision": 0.69,
        "recall": 0.87
      },
      "confidential": {
        "precision": 0.78,
        "recall": 0.75
      },
      "work-talk": {
        "precision": 0.87,
        "recall": 0.92
      },
      "political-religious": {
        "precision": 0.93,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/family-hub.jsonl": {
    "cleanWarned": 0.076,
    "breachSilent": 0.043,
    "categories": {
      "setting-name": {
        "precision": 0.91,
        "recall": 0.94
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.91,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.94,
        "recall": 0.88
      },
      "derogatory": {
        "precision": 0.68,
        "recall": 0.52
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.9
      },
      "personal-info": {
        "precision": 0.74,
        "recall": 0.84
      },
      "confidential": {
        "precision": 0.9,
        "recall": 0.72
      },
      "work-talk": {
        "precision": 0.85,
        "recall": 0.85
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/prep-school.jsonl": {
    "cleanWarned": 0.092,
    "breachSilent": 0.035,
    "categories": {
      "setting-name": {
        "precision": 0.91,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.74,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.83,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.75,
        "recall": 0.7
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.69,
        "recall": 0.8
      },
      "confidential": {
        "precision": 0.84,
        "recall": 0.84
      },
      "work-talk": {
        "precision": 0.89,
        "recall": 0.93
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/city-nursery.jsonl": {
    "cleanWarned": 0.128,
    "breachSilent": 0.023,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.87
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.87,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.83,
        "recall": 0.93
      },
      "derogatory": {
        "precision": 0.72,
        "recall": 0.73
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.75,
        "recall": 0.9
      },
      "confidential": {
        "precision": 0.8,
        "recall": 0.8
      },
      "work-talk": {
        "precision": 0.75,
        "recall": 0.93
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/junior-school.jsonl": {
    "cleanWarned": 0.146,
    "breachSilent": 0.044,
    "categories": {
      "setting-name": {
        "precision": 0.89,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.85,
        "recall": 0.93
      },
      "staff-name": {
        "precision": 0.78,
        "recall": 0.93
      },
      "derogatory": {
        "precision": 0.77,
        "recall": 0.81
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.61,
        "recall": 0.9
      },
      "confidential": {
        "precision": 0.89,
        "recall": 0.87
      },
      "work-talk": {
        "precision": 0.52,
        "recall": 0.9
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/special-school.jsonl": {
    "cleanWarned": 0.089,
    "breachSilent": 0.024,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.83,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.94,
        "recall": 0.94
      },
      "derogatory": {
        "precision": 0.79,
        "recall": 0.67
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.93
      },
      "personal-info": {
        "precision": 0.71,
        "recall": 0.73
      },
      "confidential": {
        "precision": 0.83,
        "recall": 0.76
      },
      "work-talk": {
        "precision": 0.87,
        "recall": 0.91
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/scottish-primary.jsonl": {
    "cleanWarned": 0.144,
    "breachSilent": 0.032,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.91
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.74,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.8,
        "recall": 0.94
      },
      "derogatory": {
        "precision": 0.85,
        "recall": 0.62
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.78,
        "recall": 0.87
      },
      "confidential": {
        "precision": 0.79,
        "recall": 0.77
      },
      "work-talk": {
        "precision": 0.84,
        "recall": 0.93
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/hospital-nursery.jsonl": {
    "cleanWarned": 0.052,
    "breachSilent": 0.035,
    "categories": {
      "setting-name": {
        "precision": 0.93,
        "recall": 0.88
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.92,
        "recall": 0.94
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.87
      },
      "derogatory": {
        "precision": 0.71,
        "recall": 0.59
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.93
      },
      "personal-info": {
        "precision": 0.62,
        "recall": 0.87
      },
      "confidential": {
        "precision": 0.84,
        "recall": 0.75
      },
      "work-talk": {
        "precision": 0.84,
        "recall": 0.91
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/ni-primary.jsonl": {
    "cleanWarned": 0.152,
    "breachSilent": 0.032,
    "categories": {
      "setting-name": {
        "precision": 0.94,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.73,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.82,
        "recall": 0.84
      },
      "derogatory": {
        "precision": 0.82,
        "recall": 0.75
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.65,
        "recall": 0.93
      },
      "confidential": {
        "precision": 0.9,
        "recall": 0.65
      },
      "work-talk": {
        "precision": 0.88,
        "recall": 0.92
      },
      "political-religious": {
        "precision": 0.93,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/everyday/everyday-1.jsonl": {
    "cleanWarned": 0.06,
    "breachSilent": 0.035,
    "categories": {
      "setting-name": {
        "precision": 0,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0,
        "recall": 0.97
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.96,
        "recall": 0.9
      },
      "confidential": {
        "precision": 0,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.92,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/everyday/everyday-2.jsonl": {
    "cleanWarned": 0.07,
    "breachSilent": 0.015,
    "categories": {
      "setting-name": {
        "precision": 0,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0,
        "recall": 0.97
      },
      "profanity": {
        "precision": 0.94,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.77,
        "recall": 0.97
      },
      "confidential": {
        "precision": 0,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.89,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/everyday/everyday-3.jsonl": {
    "cleanWarned": 0.057,
    "breachSilent": 0.027,
    "categories": {
      "setting-name": {
        "precision": 0,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0,
        "recall": 0.97
      },
      "profanity": {
        "precision": 0.92,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.87,
        "recall": 0.97
      },
      "confidential": {
        "precision": 0,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.89,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/everyday/everyday-4.jsonl": {
    "cleanWarned": 0.141,
    "breachSilent": 0.032,
    "categories": {
      "setting-name": {
        "precision": 0,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.57,
        "recall": 0.97
      },
      "profanity": {
        "precision": 0.95,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.97,
        "recall": 0.93
      },
      "confidential": {
        "precision": 0,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.93,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/everyday/everyday-5.jsonl": {
    "cleanWarned": 0.076,
    "breachSilent": 0.046,
    "categories": {
      "setting-name": {
        "precision": 0,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.91,
        "recall": 0.77
      },
      "profanity": {
        "precision": 0.85,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.86,
        "recall": 0.97
      },
      "confidential": {
        "precision": 0,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/church-hall-preschool.jsonl": {
    "cleanWarned": 0.092,
    "breachSilent": 0.039,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.94
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.87
      },
      "child-name": {
        "precision": 0.85,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.9,
        "recall": 0.81
      },
      "derogatory": {
        "precision": 0.68,
        "recall": 0.82
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.93
      },
      "personal-info": {
        "precision": 0.67,
        "recall": 0.81
      },
      "confidential": {
        "precision": 0.83,
        "recall": 0.8
      },
      "work-talk": {
        "precision": 0.85,
        "recall": 0.92
      },
      "political-religious": {
        "precision": 0.9,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/seaside-academy.jsonl": {
    "cleanWarned": 0.115,
    "breachSilent": 0.031,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.73
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.9,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.88,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.73,
        "recall": 0.65
      },
      "profanity": {
        "precision": 0.93,
        "recall": 0.93
      },
      "personal-info": {
        "precision": 0.72,
        "recall": 0.97
      },
      "confidential": {
        "precision": 0.83,
        "recall": 0.77
      },
      "work-talk": {
        "precision": 0.86,
        "recall": 0.9
      },
      "political-religious": {
        "precision": 0.9,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/everyday/everyday-6.jsonl": {
    "cleanWarned": 0.07,
    "breachSilent": 0.025,
    "categories": {
      "setting-name": {
        "precision": 0,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.74,
        "recall": 0.97
      },
      "profanity": {
        "precision": 0.88,
        "recall": 0.94
      },
      "personal-info": {
        "precision": 0.87,
        "recall": 0.97
      },
      "confidential": {
        "precision": 0,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.96,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/garrison-primary.jsonl": {
    "cleanWarned": 0.175,
    "breachSilent": 0.121,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.92
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.87,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.79,
        "recall": 0.91
      },
      "derogatory": {
        "precision": 0.78,
        "recall": 0.54
      },
      "profanity": {
        "precision": 0.56,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.73,
        "recall": 0.69
      },
      "confidential": {
        "precision": 0.84,
        "recall": 0.69
      },
      "work-talk": {
        "precision": 0.79,
        "recall": 0.81
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/saint-girls.jsonl": {
    "cleanWarned": 0.181,
    "breachSilent": 0.159,
    "categories": {
      "setting-name": {
        "precision": 0.84,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.72,
        "recall": 0.94
      },
      "staff-name": {
        "precision": 0.81,
        "recall": 0.87
      },
      "derogatory": {
        "precision": 0.58,
        "recall": 0.65
      },
      "profanity": {
        "precision": 0.77,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.9,
        "recall": 0.84
      },
      "confidential": {
        "precision": 0.75,
        "recall": 0.69
      },
      "work-talk": {
        "precision": 0.77,
        "recall": 0.77
      },
      "political-religious": {
        "precision": 0.83,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/everyday/everyday-7.jsonl": {
    "cleanWarned": 0.078,
    "breachSilent": 0.094,
    "categories": {
      "setting-name": {
        "precision": 0,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.45,
        "recall": 0.36
      },
      "profanity": {
        "precision": 0.9,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.89,
        "recall": 0.92
      },
      "confidential": {
        "precision": 0.84,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.08,
        "recall": 0.97
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/holdout.jsonl": {
    "cleanWarned": 0.132,
    "breachSilent": 0.055,
    "categories": {
      "setting-name": {
        "precision": 0.9,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.89
      },
      "child-name": {
        "precision": 0.8,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.89,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.81,
        "recall": 0.69
      },
      "profanity": {
        "precision": 0.78,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.92,
        "recall": 0.72
      },
      "confidential": {
        "precision": 0.65,
        "recall": 0.89
      },
      "work-talk": {
        "precision": 0.8,
        "recall": 0.91
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/wales-childrens-centre.jsonl": {
    "cleanWarned": 0.138,
    "breachSilent": 0.027,
    "categories": {
      "setting-name": {
        "precision": 0.94,
        "recall": 0.89
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.93,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.94,
        "recall": 0.9
      },
      "derogatory": {
        "precision": 0.86,
        "recall": 0.73
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.91
      },
      "personal-info": {
        "precision": 0.77,
        "recall": 0.82
      },
      "confidential": {
        "precision": 0.84,
        "recall": 0.77
      },
      "work-talk": {
        "precision": 0.83,
        "recall": 0.93
      },
      "political-religious": {
        "precision": 0.91,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/academy-staff-nursery.jsonl": {
    "cleanWarned": 0.209,
    "breachSilent": 0.039,
    "categories": {
      "setting-name": {
        "precision": 0.88,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.94,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.77,
        "recall": 0.94
      },
      "staff-name": {
        "precision": 0.92,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.77,
        "recall": 0.77
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.94
      },
      "personal-info": {
        "precision": 0.88,
        "recall": 0.72
      },
      "confidential": {
        "precision": 0.83,
        "recall": 0.83
      },
      "work-talk": {
        "precision": 0.79,
        "recall": 0.91
      },
      "political-religious": {
        "precision": 0.94,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/special-school-3-19.jsonl": {
    "cleanWarned": 0.074,
    "breachSilent": 0.046,
    "categories": {
      "setting-name": {
        "precision": 0.94,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.83,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.87
      },
      "derogatory": {
        "precision": 0.74,
        "recall": 0.68
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.9
      },
      "personal-info": {
        "precision": 0.81,
        "recall": 0.74
      },
      "confidential": {
        "precision": 0.72,
        "recall": 0.65
      },
      "work-talk": {
        "precision": 0.81,
        "recall": 0.89
      },
      "political-religious": {
        "precision": 0.93,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/scottish-prep-kindergarten.jsonl": {
    "cleanWarned": 0.087,
    "breachSilent": 0.041,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.81,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.93
      },
      "derogatory": {
        "precision": 0.8,
        "recall": 0.62
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.9
      },
      "personal-info": {
        "precision": 0.62,
        "recall": 0.9
      },
      "confidential": {
        "precision": 0.83,
        "recall": 0.75
      },
      "work-talk": {
        "precision": 0.82,
        "recall": 0.9
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/village-committee-preschool.jsonl": {
    "cleanWarned": 0.065,
    "breachSilent": 0.035,
    "categories": {
      "setting-name": {
        "precision": 0.9,
        "recall": 0.74
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.93
      },
      "child-name": {
        "precision": 0.88,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.87
      },
      "derogatory": {
        "precision": 0.83,
        "recall": 0.83
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.93
      },
      "personal-info": {
        "precision": 0.72,
        "recall": 0.9
      },
      "confidential": {
        "precision": 0.89,
        "recall": 0.72
      },
      "work-talk": {
        "precision": 0.82,
        "recall": 0.93
      },
      "political-religious": {
        "precision": 0.93,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/primary-academy-resource-base.jsonl": {
    "cleanWarned": 0.151,
    "breachSilent": 0.035,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.93
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.69,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.81
      },
      "derogatory": {
        "precision": 0.72,
        "recall": 0.74
      },
      "profanity": {
        "precision": 0.93,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.66,
        "recall": 0.87
      },
      "confidential": {
        "precision": 0.87,
        "recall": 0.9
      },
      "work-talk": {
        "precision": 0.85,
        "recall": 0.92
      },
      "political-religious": {
        "precision": 0.93,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/village-preschool-everyday-name.jsonl": {
    "cleanWarned": 0.119,
    "breachSilent": 0.042,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.74,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.89,
        "recall": 0.91
      },
      "derogatory": {
        "precision": 0.68,
        "recall": 0.89
      },
      "profanity": {
        "precision": 0.93,
        "recall": 0.9
      },
      "personal-info": {
        "precision": 0.59,
        "recall": 0.87
      },
      "confidential": {
        "precision": 0.87,
        "recall": 0.85
      },
      "work-talk": {
        "precision": 0.82,
        "recall": 0.9
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/all-through-academy.jsonl": {
    "cleanWarned": 0.072,
    "breachSilent": 0.029,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.75
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.87,
        "recall": 0.95
      },
      "staff-name": {
        "precision": 0.84,
        "recall": 0.9
      },
      "derogatory": {
        "precision": 0.82,
        "recall": 0.7
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.93
      },
      "personal-info": {
        "precision": 0.79,
        "recall": 0.87
      },
      "confidential": {
        "precision": 0.84,
        "recall": 0.79
      },
      "work-talk": {
        "precision": 0.86,
        "recall": 0.92
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/welsh-medium-primary.jsonl": {
    "cleanWarned": 0.273,
    "breachSilent": 0.048,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.91,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.6,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.72,
        "recall": 0.88
      },
      "derogatory": {
        "precision": 0.65,
        "recall": 0.69
      },
      "profanity": {
        "precision": 0.93,
        "recall": 0.87
      },
      "personal-info": {
        "precision": 0.81,
        "recall": 0.75
      },
      "confidential": {
        "precision": 0.77,
        "recall": 0.78
      },
      "work-talk": {
        "precision": 0.61,
        "recall": 0.92
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/alternative-provision-academy.jsonl": {
    "cleanWarned": 0.138,
    "breachSilent": 0.048,
    "categories": {
      "setting-name": {
        "precision": 0.87,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.83,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.93,
        "recall": 0.84
      },
      "derogatory": {
        "precision": 0.77,
        "recall": 0.69
      },
      "profanity": {
        "precision": 0.93,
        "recall": 0.9
      },
      "personal-info": {
        "precision": 0.75,
        "recall": 0.93
      },
      "confidential": {
        "precision": 0.87,
        "recall": 0.74
      },
      "work-talk": {
        "precision": 0.85,
        "recall": 0.93
      },
      "political-religious": {
        "precision": 0.93,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/montessori-childrens-house.jsonl": {
    "cleanWarned": 0.1,
    "breachSilent": 0.047,
    "categories": {
      "setting-name": {
        "precision": 0.94,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.81,
        "recall": 0.91
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.88
      },
      "derogatory": {
        "precision": 0.83,
        "recall": 0.67
      },
      "profanity": {
        "precision": 0.93,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.59,
        "recall": 0.84
      },
      "confidential": {
        "precision": 0.88,
        "recall": 0.75
      },
      "work-talk": {
        "precision": 0.72,
        "recall": 0.92
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/three-form-entry-primary.jsonl": {
    "cleanWarned": 0.163,
    "breachSilent": 0.043,
    "categories": {
      "setting-name": {
        "precision": 0.91,
        "recall": 0.88
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.71,
        "recall": 0.94
      },
      "staff-name": {
        "precision": 0.94,
        "recall": 0.94
      },
      "derogatory": {
        "precision": 0.82,
        "recall": 0.81
      },
      "profanity": {
        "precision": 0.93,
        "recall": 0.9
      },
      "personal-info": {
        "precision": 0.73,
        "recall": 0.93
      },
      "confidential": {
        "precision": 0.81,
        "recall": 0.79
      },
      "work-talk": {
        "precision": 0.68,
        "recall": 0.92
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/rural-primary-federation.jsonl": {
    "cleanWarned": 0.103,
    "breachSilent": 0.12,
    "categories": {
      "setting-name": {
        "precision": 0.84,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.78,
        "recall": 0.87
      },
      "staff-name": {
        "precision": 0.85,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.78,
        "recall": 0.64
      },
      "profanity": {
        "precision": 0.78,
        "recall": 0.91
      },
      "personal-info": {
        "precision": 0.76,
        "recall": 0.85
      },
      "confidential": {
        "precision": 0.93,
        "recall": 0.9
      },
      "work-talk": {
        "precision": 0.32,
        "recall": 0.84
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/nursery-chain-branch.jsonl": {
    "cleanWarned": 0.161,
    "breachSilent": 0.092,
    "categories": {
      "setting-name": {
        "precision": 0.85,
        "recall": 0.92
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.72,
        "recall": 0.89
      },
      "staff-name": {
        "precision": 0.88,
        "recall": 0.91
      },
      "derogatory": {
        "precision": 0.77,
        "recall": 0.66
      },
      "profanity": {
        "precision": 0.82,
        "recall": 0.91
      },
      "personal-info": {
        "precision": 0.85,
        "recall": 0.85
      },
      "confidential": {
        "precision": 0.97,
        "recall": 0.88
      },
      "work-talk": {
        "precision": 0.11,
        "recall": 0.59
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/valleys-welsh-medium-primary.jsonl": {
    "cleanWarned": 0.235,
    "breachSilent": 0.113,
    "categories": {
      "setting-name": {
        "precision": 0.93,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.63,
        "recall": 0.93
      },
      "staff-name": {
        "precision": 0.69,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.7,
        "recall": 0.57
      },
      "profanity": {
        "precision": 0.89,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.65,
        "recall": 0.87
      },
      "confidential": {
        "precision": 0.81,
        "recall": 0.68
      },
      "work-talk": {
        "precision": 0.84,
        "recall": 0.86
      },
      "political-religious": {
        "precision": 0.91,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/mill-town-nursery-school.jsonl": {
    "cleanWarned": 0.132,
    "breachSilent": 0.072,
    "categories": {
      "setting-name": {
        "precision": 0.9,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.86,
        "recall": 0.92
      },
      "staff-name": {
        "precision": 0.8,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.8,
        "recall": 0.69
      },
      "profanity": {
        "precision": 0.9,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.79,
        "recall": 0.92
      },
      "confidential": {
        "precision": 0.85,
        "recall": 0.89
      },
      "work-talk": {
        "precision": 0.69,
        "recall": 0.9
      },
      "political-religious": {
        "precision": 0.9,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/everyday/everyday-17.jsonl": {
    "cleanWarned": 0.09,
    "breachSilent": 0.142,
    "categories": {
      "setting-name": {
        "precision": 0,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.61,
        "recall": 0.72
      },
      "profanity": {
        "precision": 0.86,
        "recall": 0.77
      },
      "personal-info": {
        "precision": 0.9,
        "recall": 0.84
      },
      "confidential": {
        "precision": 0.36,
        "recall": 0.54
      },
      "work-talk": {
        "precision": 0.48,
        "recall": 0.86
      },
      "political-religious": {
        "precision": 0.87,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/village-childminding-partnership.jsonl": {
    "cleanWarned": 0.082,
    "breachSilent": 0.157,
    "categories": {
      "setting-name": {
        "precision": 0.92,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.86,
        "recall": 0.91
      },
      "staff-name": {
        "precision": 0.93,
        "recall": 0.9
      },
      "derogatory": {
        "precision": 0.82,
        "recall": 0.45
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.92
      },
      "personal-info": {
        "precision": 0.73,
        "recall": 0.76
      },
      "confidential": {
        "precision": 0.91,
        "recall": 0.88
      },
      "work-talk": {
        "precision": 0.14,
        "recall": 0.78
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/catholic-comprehensive.jsonl": {
    "cleanWarned": 0.159,
    "breachSilent": 0.166,
    "categories": {
      "setting-name": {
        "precision": 0.87,
        "recall": 0.87
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.72,
        "recall": 0.92
      },
      "staff-name": {
        "precision": 0.88,
        "recall": 0.81
      },
      "derogatory": {
        "precision": 0.64,
        "recall": 0.55
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.85
      },
      "personal-info": {
        "precision": 0.58,
        "recall": 0.63
      },
      "confidential": {
        "precision": 0.97,
        "recall": 0.64
      },
      "work-talk": {
        "precision": 0.84,
        "recall": 0.77
      },
      "political-religious": {
        "precision": 0.89,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/settings/islamic-primary.jsonl": {
    "cleanWarned": 0.267,
    "breachSilent": 0.099,
    "categories": {
      "setting-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.64,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.83,
        "recall": 0.76
      },
      "derogatory": {
        "precision": 0.75,
        "recall": 0.56
      },
      "profanity": {
        "precision": 0.89,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.67,
        "recall": 0.87
      },
      "confidential": {
        "precision": 0.87,
        "recall": 0.77
      },
      "work-talk": {
        "precision": 0.81,
        "recall": 0.88
      },
      "political-religious": {
        "precision": 0.91,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/everyday/everyday-21.jsonl": {
    "cleanWarned": 0.056,
    "breachSilent": 0.102,
    "categories": {
      "setting-name": {
        "precision": 0,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.79,
        "recall": 0.68
      },
      "profanity": {
        "precision": 0.88,
        "recall": 0.85
      },
      "personal-info": {
        "precision": 0.97,
        "recall": 0.81
      },
      "confidential": {
        "precision": 0.8,
        "recall": 0.88
      },
      "work-talk": {
        "precision": 0.5,
        "recall": 0.93
      },
      "political-religious": {
        "precision": 0.9,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/sealed/sealed-22.jsonl": {
    "cleanWarned": 0.129,
    "breachSilent": 0.194,
    "categories": {
      "setting-name": {
        "precision": 0.92,
        "recall": 0.78
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.83,
        "recall": 0.9
      },
      "staff-name": {
        "precision": 0.94,
        "recall": 0.94
      },
      "derogatory": {
        "precision": 0.67,
        "recall": 0.45
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.69,
        "recall": 0.81
      },
      "confidential": {
        "precision": 0.7,
        "recall": 0.63
      },
      "work-talk": {
        "precision": 0.78,
        "recall": 0.75
      },
      "political-religious": {
        "precision": 0.82,
        "recall": 0.89
      }
    }
  },
  "tests/corpus/sealed/sealed-23.jsonl": {
    "cleanWarned": 0.183,
    "breachSilent": 0.114,
    "categories": {
      "setting-name": {
        "precision": 0.87,
        "recall": 0.84
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.78,
        "recall": 0.94
      },
      "staff-name": {
        "precision": 0.92,
        "recall": 0.88
      },
      "derogatory": {
        "precision": 0.61,
        "recall": 0.5
      },
      "profanity": {
        "precision": 0.65,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.72,
        "recall": 0.92
      },
      "confidential": {
        "precision": 0.92,
        "recall": 0.94
      },
      "work-talk": {
        "precision": 0.57,
        "recall": 0.79
      },
      "political-religious": {
        "precision": 0.9,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/sealed/sealed-24.jsonl": {
    "cleanWarned": 0.155,
    "breachSilent": 0.173,
    "categories": {
      "setting-name": {
        "precision": 0.77,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.7,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0.9,
        "recall": 0.9
      },
      "derogatory": {
        "precision": 0.63,
        "recall": 0.48
      },
      "profanity": {
        "precision": 0.73,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.69,
        "recall": 0.63
      },
      "confidential": {
        "precision": 0.84,
        "recall": 0.9
      },
      "work-talk": {
        "precision": 0.34,
        "recall": 0.64
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/sealed/everyday-25.jsonl": {
    "cleanWarned": 0.091,
    "breachSilent": 0.056,
    "categories": {
      "setting-name": {
        "precision": 0,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0,
        "recall": 0.97
      },
      "staff-name": {
        "precision": 0,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.12,
        "recall": 0.97
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.85,
        "recall": 0.87
      },
      "confidential": {
        "precision": 0.19,
        "recall": 0.97
      },
      "work-talk": {
        "precision": 0.21,
        "recall": 0.9
      },
      "political-religious": {
        "precision": 0.96,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/sealed/sealed-26.jsonl": {
    "cleanWarned": 0.084,
    "breachSilent": 0.154,
    "categories": {
      "setting-name": {
        "precision": 0.93,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.82,
        "recall": 0.91
      },
      "staff-name": {
        "precision": 0.82,
        "recall": 0.92
      },
      "derogatory": {
        "precision": 0.65,
        "recall": 0.45
      },
      "profanity": {
        "precision": 0.91,
        "recall": 0.91
      },
      "personal-info": {
        "precision": 0.67,
        "recall": 0.92
      },
      "confidential": {
        "precision": 0.89,
        "recall": 0.69
      },
      "work-talk": {
        "precision": 0.35,
        "recall": 0.75
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.91
      }
    }
  },
  "tests/corpus/sealed/sealed-27.jsonl": {
    "cleanWarned": 0.152,
    "breachSilent": 0.083,
    "categories": {
      "setting-name": {
        "precision": 0.79,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.83,
        "recall": 0.9
      },
      "staff-name": {
        "precision": 0.84,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.52,
        "recall": 0.54
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.92
      },
      "personal-info": {
        "precision": 0.7,
        "recall": 0.65
      },
      "confidential": {
        "precision": 0.85,
        "recall": 0.9
      },
      "work-talk": {
        "precision": 0.11,
        "recall": 0.76
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/sealed/sealed-28.jsonl": {
    "cleanWarned": 0.212,
    "breachSilent": 0.063,
    "categories": {
      "setting-name": {
        "precision": 0.72,
        "recall": 0.97
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.71,
        "recall": 0.95
      },
      "staff-name": {
        "precision": 0.84,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.47,
        "recall": 0.61
      },
      "profanity": {
        "precision": 0.93,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.72,
        "recall": 0.75
      },
      "confidential": {
        "precision": 0.62,
        "recall": 0.88
      },
      "work-talk": {
        "precision": 0.18,
        "recall": 0.81
      },
      "political-religious": {
        "precision": 0.91,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/sealed/sealed-30.jsonl": {
    "cleanWarned": 0.184,
    "breachSilent": 0.124,
    "categories": {
      "setting-name": {
        "precision": 0.89,
        "recall": 0.67
      },
      "setting-link": {
        "precision": 0.97,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.74,
        "recall": 0.95
      },
      "staff-name": {
        "precision": 0.93,
        "recall": 0.66
      },
      "derogatory": {
        "precision": 0.67,
        "recall": 0.45
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.71,
        "recall": 0.64
      },
      "confidential": {
        "precision": 0.79,
        "recall": 0.89
      },
      "work-talk": {
        "precision": 0.35,
        "recall": 0.89
      },
      "political-religious": {
        "precision": 0.91,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/sealed/everyday-29.jsonl": {
    "cleanWarned": 0.044,
    "breachSilent": 0.163,
    "categories": {
      "child-name": {
        "precision": 0.08,
        "recall": 0.13
      },
      "staff-name": {
        "precision": 0,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.74,
        "recall": 0.74
      },
      "profanity": {
        "precision": 0.91,
        "recall": 0.91
      },
      "personal-info": {
        "precision": 0.97,
        "recall": 0.79
      },
      "confidential": {
        "precision": 0.64,
        "recall": 0.64
      },
      "work-talk": {
        "precision": 0.6,
        "recall": 0.73
      },
      "political-religious": {
        "precision": 0.9,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/contrast/counterfactual.jsonl": {
    "cleanWarned": 0.061,
    "breachSilent": 0.023,
    "categories": {
      "setting-name": {
        "precision": 0.95,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.94,
        "recall": 0.93
      },
      "staff-name": {
        "precision": 0.96,
        "recall": 0.92
      },
      "derogatory": {
        "precision": 0.81,
        "recall": 0.72
      },
      "profanity": {
        "precision": 0.91,
        "recall": 0.97
      },
      "personal-info": {
        "precision": 0.63,
        "recall": 0.56
      },
      "confidential": {
        "precision": 0.68,
        "recall": 0.56
      },
      "work-talk": {
        "precision": 0.69,
        "recall": 0.93
      },
      "political-religious": {
        "precision": 0.97,
        "recall": 0.97
      }
    }
  },
  "tests/corpus/contrast/minimal-pairs.jsonl": {
    "cleanWarned": 0.103,
    "breachSilent": 0.077,
    "categories": {
      "setting-name": {
        "precision": 0.94,
        "recall": 0.97
      },
      "child-name": {
        "precision": 0.96,
        "recall": 0.92
      },
      "staff-name": {
        "precision": 0.97,
        "recall": 0.97
      },
      "derogatory": {
        "precision": 0.63,
        "recall": 0.73
      },
      "profanity": {
        "precision": 0.97,
        "recall": 0.85
      },
      "personal-info": {
        "precision": 0.79,
        "recall": 0.93
      },
      "confidential": {
        "precision": 0.84,
        "recall": 0.48
      },
      "work-talk": {
        "precision": 0.58,
        "recall": 0.86
      },
      "political-religious": {
        "precision": 0.92,
        "recall": 0.83
      }
    }
  }
};
